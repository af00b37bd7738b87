"""`facta serve`: the analyst's workbench in a browser, over one store, offline.

Read-only unless --allow-edits; beyond localhost, edits need an access token.
"""

from __future__ import annotations

import argparse
import errno
import ipaddress
import os
import socket

from facta.cli.options import add_db
from facta.errors import FactaError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "serve", help="browse, chart, map and correct the coded events in a web browser"
    )
    add_db(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="another host name the workbench answers to (a proxy's, or this machine's "
        "name on the network); repeatable. Other Host headers are refused.",
    )
    parser.add_argument(
        "--allow-edits",
        action="store_true",
        help="open the store for writing so analysts can reject and correct events",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get("FACTA_TOKEN"),
        help="access token corrections must carry (default $FACTA_TOKEN); required with "
        "--allow-edits beyond localhost",
    )
    parser.set_defaults(run=run)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """The server's listening socket, bound before anything is printed: a port in use is one
    clear sentence, not a banner followed by the web server's own error."""
    try:
        family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        family = socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as error:
        reason = (
            "is already in use"
            if error.errno == errno.EADDRINUSE
            else f"cannot be opened ({error.strerror})"
        )
        raise FactaError(
            f"port {port} on {host} {reason}; choose another with --port, or stop what holds it."
        ) from None


def machine_names(host: str) -> list[str]:
    """This machine's own name, when the server listens on every interface."""
    return [socket.gethostname()] if host in ("0.0.0.0", "::") else []


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from facta.web import create_app

    if args.allow_edits and not is_loopback(args.host) and not args.token:
        raise FactaError(
            f"--allow-edits on {args.host} would let anyone on the network change the store; "
            "give --token (or $FACTA_TOKEN)."
        )
    sock = listen(args.host, args.port)
    try:
        app = create_app(
            args.db,
            allow_edits=args.allow_edits,
            token=args.token,
            hosts=[args.host, *args.allow_host, *machine_names(args.host)],
        )
        mode = "corrections allowed" if args.allow_edits else "read-only"
        print(
            f"facta workbench on http://{args.host}:{args.port}/ ({args.db}, {mode}); "
            "Ctrl-C stops.",
            flush=True,
        )
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0
