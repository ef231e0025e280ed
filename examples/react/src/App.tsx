import { useState } from 'react';
// React components made with @lit/react: events as onKurilExpand, onKurilSelect, onKurilSourceClick.
import { KurilFactbox, KurilTimeline } from 'kuril-widgets/react.js';
import type { KurilExpandEvent } from 'kuril-widgets';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <main>
      <KurilTimeline
        from="2013"
        limit={3}
        onKurilExpand={(e) => add(`kuril-timeline expanded ${e.detail.ids.length}`)}
      />

      {/* The tag itself, typed by kuril-widgets/types/react-jsx.js: React 19 listens to `onkuril-expand`. */}
      <kuril-claims
        topics="sovereignty"
        limit={1}
        onkuril-expand={(e: KurilExpandEvent) => add(`kuril-claims expanded ${e.detail.ids.length}`)}
      ></kuril-claims>

      <KurilFactbox island="shikotan" onKurilSelect={(e) => add(`kuril-factbox selected ${e.detail.island}`)} />

      <output id="log">{log.join('\n')}</output>
    </main>
  );
}
