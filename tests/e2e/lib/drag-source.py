#!/usr/bin/python3
"""A tiny drag source for the end-to-end tests: what a file manager offers when files are
dragged out of it.

WebDriver cannot drag from outside the page, but X can: this GTK 3 window offers the
files named on the command line as `text/uri-list`; the test (lib/drop.mjs) presses the
mouse button on it with xdotool and moves the pointer onto Plenary's window, so that
GTK's XDND delivers a real drop to the app — through wry's drag-and-drop handler and
Tauri's `DragDrop` window event, as a person's drop would.

    /usr/bin/python3 drag-source.py X Y FILE...

puts a small window at (X, Y) on the screen, then prints one line, `ready CX CY` (the
centre of its drag area, in screen coordinates), once it is shown; then `end` after each
drag, and keeps running until it is killed. Needs Debian's python3-gi and gir1.2-gtk-3.0
(scripts/setup.sh installs them).
"""

import os
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: drag-source.py X Y FILE...")
    x, y = int(sys.argv[1]), int(sys.argv[2])
    uris = [GLib.filename_to_uri(os.path.abspath(f), None) for f in sys.argv[3:]]

    win = Gtk.Window(title="plenary-e2e-drag-source")
    win.set_default_size(160, 80)
    win.move(x, y)
    area = Gtk.EventBox()
    area.add(Gtk.Label(label=f"{len(uris)} file(s)"))
    win.add(area)

    # A drag source of files: the uri-list target, copied (as a file manager's default).
    area.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
    area.drag_source_add_uri_targets()
    area.connect("drag-data-get", lambda _w, _ctx, data, _info, _time: data.set_uris(uris))
    area.connect("drag-end", lambda *_: print("end", flush=True))

    def report():
        # The area's centre on the screen, once the window is placed.
        _, ox, oy = area.get_window().get_origin()
        a = area.get_allocation()
        print(f"ready {ox + a.width // 2} {oy + a.height // 2}", flush=True)
        return False

    win.connect("map-event", lambda *_: GLib.timeout_add(100, report) and False)
    win.connect("destroy", Gtk.main_quit)
    win.show_all()
    Gtk.main()


if __name__ == "__main__":
    main()
