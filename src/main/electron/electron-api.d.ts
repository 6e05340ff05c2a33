/**
 * The slice of Electron's API this app uses, declared here because the `electron` package (an
 * optional dependency whose binary download fails on machines without internet) may be absent, and
 * `npm run typecheck` must pass either way. Signatures follow Electron 41's electron.d.ts.
 */
declare module 'electron' {
  interface Event { preventDefault(): void }

  interface WebContents {
    getURL(): string;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): this;
    on(event: 'will-attach-webview', listener: (event: Event) => void): this;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
    printToPDF(options: { printBackground?: boolean; pageSize?: 'A3' | 'A4' | 'A5' | 'Legal' | 'Letter' | 'Tabloid'; landscape?: boolean }): Promise<Buffer>;
  }

  interface FileFilter { name: string; extensions: string[] }
  interface SaveDialogOptions { title?: string; defaultPath?: string; filters?: FileFilter[] }
  interface SaveDialogReturnValue { canceled: boolean; filePath: string }

  interface WebFrameMain { url: string }

  interface IpcMainInvokeEvent { sender: WebContents; senderFrame: WebFrameMain | null }

  interface PermissionRequestDetails { requestingUrl?: string; mediaTypes?: Array<'video' | 'audio'> }
  interface PermissionCheckDetails { mediaType?: 'video' | 'audio' | 'unknown'; requestingUrl?: string }

  interface Session {
    setPermissionRequestHandler(
      handler: (contents: WebContents, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetails) => void,
    ): void;
    setPermissionCheckHandler(
      handler: (contents: WebContents | null, permission: string, requestingOrigin: string, details: PermissionCheckDetails) => boolean,
    ): void;
  }

  interface CustomScheme {
    scheme: string;
    privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean; stream?: boolean; codeCache?: boolean };
  }

  export const app: {
    getPath(name: 'appData' | 'userData' | 'documents'): string;
    setName(name: string): void;
    whenReady(): Promise<void>;
    quit(): void;
    on(event: 'web-contents-created', listener: (event: Event, contents: WebContents) => void): void;
    on(event: 'window-all-closed' | 'activate' | 'will-quit', listener: () => void): void;
  };

  export const protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  };

  export const session: { defaultSession: Session };

  export const ipcMain: {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  };

  export class BrowserWindow {
    constructor(options: {
      width?: number;
      height?: number;
      title?: string;
      webPreferences?: { preload?: string; contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean; webSecurity?: boolean };
    });
    static getAllWindows(): BrowserWindow[];
    static fromWebContents(webContents: WebContents): BrowserWindow | null;
    loadURL(url: string): Promise<void>;
  }

  export const dialog: {
    showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  };

  export const webUtils: { getPathForFile(file: File): string };

  export const contextBridge: { exposeInMainWorld(apiKey: string, api: unknown): void };
  export const ipcRenderer: { invoke(channel: string, ...args: unknown[]): Promise<unknown> };
}
