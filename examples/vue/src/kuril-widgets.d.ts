// The <kuril-*> tags as Vue global components, so vue-tsc types their props and events.
import 'kuril-widgets/types/vue.js';
