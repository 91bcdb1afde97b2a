"""`btam-desktop --service-host`: the process that alone holds a case file's key.

The window starts it, sends it calls over its stdin and reads replies from its stdout (see
ui/process_transport.py), and ends it when the case file locks, so that the key never exists in
the window's memory and a locked app holds no key anywhere. It is hardened like the window: no
core dumps, private files.
"""

from __future__ import annotations

import os
import pickle
import sys

from btam_desktop.app.bootstrap import harden_process
from btam_desktop.services.frames import read_frame, write_frame
from btam_desktop.services.host import BugError, Reply, ServiceHost


def serve(host: ServiceHost | None = None) -> int:
    """Answer calls until stdin closes. `host`: tests pass a host with test-only calls."""
    harden_process()
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    calls = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    # Anything printed by accident goes to stderr, never into the reply stream.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    host = host or ServiceHost()
    try:
        while (frame := read_frame(calls)) is not None:
            call_id, call = frame
            reply = host.answer(call)
            try:
                # The reply travels pickled on its own, beside its call's id: the window
                # unpickles only contract types, and can refuse one reply but still answer it.
                data = (call_id, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
                write_frame(replies, data)
            except (pickle.PicklingError, TypeError, AttributeError) as error:
                # A result that cannot cross: that call's bug, not the end of the session.
                print(
                    f"reply to {call.service} cannot be sent: {type(error).__name__}",
                    file=sys.stderr,
                )
                failed = Reply(error=BugError(call.service))
                write_frame(
                    replies, (call_id, pickle.dumps(failed, protocol=pickle.HIGHEST_PROTOCOL))
                )
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the window went away: lock and leave
    finally:
        host.lock()
    return 0
