// What the app shell places: call registerServiceWorker() once at start; UpdatePrompt above the
// content, OnlineIndicator in the top bar, InstallNudge on the home screen in the first days,
// InstallCard on Data, InstallButton where the shell has no menu (enrollment, PIN).
export { registerServiceWorker } from './register';
export { UpdatePrompt } from './update-prompt';
export { InstallButton } from './install-button';
export { InstallCard, InstallNudge } from './install-offer';
export { OnlineIndicator } from './online-indicator';
export { useOnline } from './use-online';
