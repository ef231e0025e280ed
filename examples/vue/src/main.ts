import { createApp } from 'vue';
import 'kuril-widgets'; // registers <kuril-timeline>, <kuril-claims> and <kuril-factbox>
import App from './App.vue';

createApp(App).mount('#app');
