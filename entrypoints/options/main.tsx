import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/options/options.css';
import { OptionsContainer } from './OptionsContainer';

render(<OptionsContainer />, document.getElementById('app')!);
