// The <kuril-*> tags in React's JSX.IntrinsicElements, for using the tags directly.
import 'kuril-widgets/types/react-jsx.js';
