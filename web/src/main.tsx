import { render } from 'preact';

const root = document.getElementById('console');
if (root) render(<main>تواصل</main>, root);
