import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import { PopupContainer } from './PopupContainer';

render(<PopupContainer />, document.getElementById('app')!);
