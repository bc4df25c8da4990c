// What the app shell places: call registerServiceWorker() once at start, and put the three
// components in the layout (UpdatePrompt above the content, the other two in the status strip).
export { registerServiceWorker } from './register';
export { UpdatePrompt } from './update-prompt';
export { InstallButton } from './install-button';
export { OnlineIndicator } from './online-indicator';
export { useOnline } from './use-online';
