// A bundle dropped on the main window (src-tauri/src/file_drop.rs; the window's part is
// components/FileDrop.svelte): what the shell said, shared between the frame that hears
// it and the federation's import panel that previews the file.

/** Where a drop stands. One object, changed in place (a module's $state cannot be reassigned). */
export const fileDrop = $state({
  /** Files are being dragged over the window: the drop hint is shown. */
  dragging: false,
  /** A bundle dropped and not yet previewed (its name: the shell keeps the path). `seq` tells two drops of the same name apart. */
  pending: null as { file_name: string; seq: number } | null,
  /** What the last drop came to when it was not taken (a sentence already worded); null when there is nothing to say. */
  notice: null as string | null,
});

/** Whether the meeting view shows a live GA (meeting mode: an item under way); set by MeetingView. */
export const meetingMode = $state({ live: false });

let seq = 0;

/** A dropped bundle for the import panel to preview. */
export function dropBundle(file_name: string) {
  fileDrop.notice = null;
  fileDrop.pending = { file_name, seq: ++seq };
}

/** The dropped bundle, once (the import panel takes it). */
export function takeDropped(): { file_name: string; seq: number } | null {
  const p = fileDrop.pending;
  fileDrop.pending = null;
  return p;
}
