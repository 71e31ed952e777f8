"""The Ray engine: new articles' own stages spread over a Ray cluster, one actor per worker.

Each actor runs ``work.prepare_articles`` on the batches it is given; its models load once, on
its first batch, through ``models`` in its own process. Batches go through a
``ray.util.ActorPool`` and come back in order, so the pipeline stores them as they arrive while
the actors go on with the next ones (each holds up to ``IN_FLIGHT`` batches). Without an address
a new local cluster is started with one CPU per worker (no dashboard, a small object store);
with one, the driver joins that cluster. Deployment: ``docs/deployment.md``.

A batch whose actor fails (or dies) comes back empty: the pipeline's own stages then do that
batch in this process, as ``extract.batch.ReadAhead`` does with its worker.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import Any

from ..errors import EngineError
from ..records import Article, Prepared
from .work import prepare_articles

log = logging.getLogger(__name__)
OBJECT_STORE_BYTES = 256 * 1024**2  # a batch's vectors take ~5 MB; Ray's default is 30 % of RAM
CONNECT_SECONDS = 5.0
IN_FLIGHT = 2  # batches sent to each actor ahead of the results the driver takes
AUTH_NOTICE = "ray._private.authentication.authentication_token_setup"


class PrepareWorker:
    """A Ray actor's state: nothing but the models ``prepare_articles`` loads on first use."""

    def prepare(self, articles: list[Article]) -> list[Prepared]:
        return prepare_articles(articles)


def _ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no prompt, no report sent home
    try:
        import ray
        from ray.util import ActorPool  # noqa: F401 - part of what a usable Ray install has
    except Exception as exc:  # missing or broken: one line either way
        raise EngineError(
            f"--engine ray: Ray cannot be imported ({type(exc).__name__}: {exc}); "
            "install it with pip install 'newsfuse[ray]'"
        ) from None
    return ray


def _reachable(address: str) -> None:
    """Fail fast on an address nothing listens at (Ray itself retries for minutes)."""
    if address == "auto":
        return
    where = address.removeprefix("ray://")
    host, _, port = where.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")  # [::1]:6379
    if not host or not port.isdigit():
        raise EngineError(f"--address {address}: not HOST:PORT (the Ray head's GCS port)")
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_SECONDS).close()
    except OSError as exc:
        raise EngineError(f"--address {address}: no Ray cluster reachable there ({exc})") from None


class RayEngine:
    """Per-article stages on Ray actors; see the module docstring."""

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        if workers is not None and workers < 1:
            raise EngineError(f"--workers {workers}: at least one worker is needed")
        ray = self._ray = _ray()
        if address:
            _reachable(address)
        options: dict[str, Any] = {
            "logging_level": logging.WARNING,
            "log_to_driver": False,
            "configure_logging": False,
        }
        try:
            if address:
                ray.init(address=address, **options)
            else:  # a new cluster (never one found on the machine), with token authentication
                # (Ray's default) but without Ray's notice saying so
                logging.getLogger(AUTH_NOTICE).setLevel(logging.ERROR)
                ray.init(
                    address="local",
                    num_cpus=workers or os.cpu_count() or 1,
                    include_dashboard=False,
                    object_store_memory=OBJECT_STORE_BYTES,
                    **options,
                )
            cpus = int(ray.cluster_resources().get("CPU", 0))
            count = workers or cpus
            if not 1 <= count <= cpus:  # an actor without a CPU would wait for one forever
                raise EngineError(
                    f"--workers {count}: the Ray cluster at {address} has {cpus} CPUs"
                    if address
                    else f"--engine ray: no CPU for a worker ({cpus})"
                )
            actor = ray.remote(num_cpus=1)(PrepareWorker)
            self._actors = [actor.remote() for _ in range(count)]
        except Exception as exc:  # any failure to start is one line
            ray.shutdown()
            if isinstance(exc, EngineError):
                raise
            where = f"--address {address}" if address else "--engine ray"
            raise EngineError(f"{where}: Ray did not start ({type(exc).__name__}: {exc})") from None
        self.workers = count

    def prepare(self, articles: Iterable[Article], batch: int) -> Iterator[Prepared]:
        from ray.util import ActorPool

        stream = iter(articles)
        batches = list(iter(lambda: list(islice(stream, batch)), []))
        # Each actor twice in the pool: its next batch waits at the actor while the driver
        # stores the one before, so no actor idles between batches.
        pool = ActorPool(self._actors * IN_FLIGHT)
        for articles_of in batches:  # without their raw input, which no stage here reads
            light = [replace(a, raw="") for a in articles_of]
            pool.submit(lambda actor, items: actor.prepare.remote(items), light)
        for articles_of in batches:
            try:
                yield from pool.get_next()
            except Exception as exc:  # the actor's error (RayError) or Ray's
                log.warning("a Ray worker failed (%s); its batch is done here", exc)
                yield from (Prepared(a.id) for a in articles_of)

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor)
        self._ray.shutdown()
