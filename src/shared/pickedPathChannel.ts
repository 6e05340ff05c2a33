/**
 * The preload's synchronous message to main with the path of a file the user picked in a dialog or
 * dropped on the window: main accepts only such paths over IPC (src/main/electron/pickedPaths.ts).
 */
export const PICKED_PATH_CHANNEL = 'retrowalk-picked-path';
