import { render } from 'preact';

function Popup() {
  return <main><h1>Whale Lens</h1><p>Nothing analysed yet.</p></main>;
}

render(<Popup />, document.getElementById('app')!);
