import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Placeholder: the background service is built in the background issue.
});
