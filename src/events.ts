/**
 * Typed DOM events fired by the widgets, on user action only. All bubble and cross shadow roots.
 */

/** Fired when the reader expands a list ("Show all …"). `detail.ids` lists what was revealed. */
export class KurilExpandEvent extends Event {
  static readonly eventName = 'kuril-expand';
  constructor(readonly detail: { ids: string[]; expanded: boolean; group?: string }) {
    super(KurilExpandEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the reader follows a source link. `detail` names the source and the item citing it. */
export class KurilSourceClickEvent extends Event {
  static readonly eventName = 'kuril-source-click';
  constructor(readonly detail: { sourceId: string; itemId: string; url: string }) {
    super(KurilSourceClickEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the reader picks an island in the fact box (on the map or in the list). */
export class KurilSelectEvent extends Event {
  static readonly eventName = 'kuril-select';
  constructor(readonly detail: { island: string }) {
    super(KurilSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kuril-expand': KurilExpandEvent;
    'kuril-source-click': KurilSourceClickEvent;
    'kuril-select': KurilSelectEvent;
  }
}
