"""The analysts' workbench: a JSON API with OpenAPI docs and server-rendered pages.

``create_app(db)`` builds the ASGI application; ``diplograph serve`` runs it
with uvicorn on the loopback interface. Everything is served from the
package (templates, CSS, a little JavaScript), so it works offline.
"""

from ._app import create_app

__all__ = ["create_app"]
