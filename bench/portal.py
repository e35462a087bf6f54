"""Portal speed: requests per second and p99 latency of the disclosure page at 32 concurrent
connections, against a static file served by the same `luoshi serve`, in one run; and the time of
the PDF download's first render. Goals: page ≥ 0.5 × the static rate, p99 < 50 ms, PDF < 1 s.

    .venv/bin/python bench/portal.py [--connections 32] [--seconds 6] [--rounds 3] [--workers 2 --threads 4]

It imports the seed page (../shared/data/seed) into a temporary SQLite database, or the demo report
when ../shared is absent, starts `luoshi serve` on a free port of 127.0.0.1, and drives it with a
bounded asyncio client (keep-alive connections, a time and a request limit). The client runs on the
same machine and takes CPU from the server: both rates are measured under the same handicap.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "data" / "seed" / "000_56c27653ba70fc1f.txt"
DEMO = ROOT / "luoshi" / "demo" / "qinghe_2024_q3.txt"
STATIC = "/static/luoshi/site.css"
MAX_REQUESTS = 200_000  # a bound whatever the speed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def luoshi(env, *args):
    done = subprocess.run([sys.executable, "-m", "luoshi.cli", *args], env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"luoshi {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done


async def fetch(reader, writer, path: str) -> tuple[int, int]:
    """One GET on a kept-alive connection: (status, body length)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(v) for k, _, v in (line.partition(":") for line in lines[1:]) if k.lower() == "content-length"), None)
    if length is None:
        raise RuntimeError(f"{path}: no Content-Length; the client needs one to keep the connection")
    await reader.readexactly(length)
    return status, length


async def load(port: int, path: str, connections: int, seconds: float) -> dict:
    """`connections` clients each sending requests back to back until `seconds` pass."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client():
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.perf_counter() < deadline and len(latencies) < MAX_REQUESTS:
                t = time.perf_counter()
                try:
                    status, _ = await fetch(reader, writer, path)
                except (asyncio.IncompleteReadError, ConnectionError):
                    # The server closed a kept-alive connection: reconnect, count nothing.
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    continue
                latencies.append(time.perf_counter() - t)
                errors += status != 200
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    return {"latencies": latencies, "errors": errors, "elapsed": time.perf_counter() - start}


def summarise(runs: list[dict]) -> dict:
    """Requests per second over all rounds together, and the percentiles of every latency seen."""
    latencies = sorted(x for r in runs for x in r["latencies"])
    n = len(latencies)
    return {
        "requests": n,
        "errors": sum(r["errors"] for r in runs),
        "rps": n / sum(r["elapsed"] for r in runs),
        "p50": latencies[n // 2] * 1000 if n else float("nan"),
        "p99": latencies[min(n - 1, int(n * 0.99))] * 1000 if n else float("nan"),
    }


def wait_until_up(port: int, proc, timeout: float = 30) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"luoshi serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("luoshi serve did not start in time")


def get(port: int, path: str) -> tuple[int, bytes, float]:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    t = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - t
    conn.close()
    return response.status, body, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=6.0, help="measured seconds per target (after 1 s warm-up)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds the seconds are split into")
    ap.add_argument("--workers", type=int, default=None, help="luoshi serve --workers (default: its own)")
    ap.add_argument("--threads", type=int, default=None, help="luoshi serve --threads (default: its own)")
    args = ap.parse_args()
    report = SEED if SEED.is_file() else DEMO

    tmp = Path(tempfile.mkdtemp(prefix="luoshi-bench-"))
    env = {**os.environ, "LUOSHI_DATA_DIR": str(tmp), "LUOSHI_DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
           "LUOSHI_DEBUG": "false", "LUOSHI_CACHE_URL": os.environ.get("LUOSHI_CACHE_URL", "")}
    proc = None
    try:
        luoshi(env, "migrate", "--no-input")
        page = luoshi(env, "import", str(report)).stdout.strip().splitlines()[-1]
        port = free_port()
        serve = ["serve", "--port", str(port)]
        if args.workers:
            serve += ["--workers", str(args.workers)]
        if args.threads:
            serve += ["--threads", str(args.threads)]
        proc = subprocess.Popen([sys.executable, "-m", "luoshi.cli", *serve], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_until_up(port, proc)
        print(f"report: {report.name}  page: {page}  server: {' '.join(proc.args[3:])}  connections: {args.connections}"
              f"  cache: {env['LUOSHI_CACHE_URL'] or 'locmem://'}  load average: {os.getloadavg()[0]:.1f}")

        # The PDF first, before anything has warmed the worker that renders it.
        status, body, first_pdf = get(port, page + "download.pdf")
        assert status == 200 and body.startswith(b"%PDF-"), status
        # Later fetches come from the cache (each worker's own, with the default local-memory cache).
        cached_pdf = min(get(port, page + "download.pdf")[2] for _ in range(4))

        targets = {"static": STATIC, "page": page}
        runs = {name: [] for name in targets}
        for name, path in targets.items():
            status, body, _ = get(port, path)
            assert status == 200 and body, (path, status)
            asyncio.run(load(port, path, args.connections, 1.0))  # warm-up: connections, caches
        # Rounds alternate the two targets so that a change in the machine's load falls on both.
        for _ in range(args.rounds):
            for name, path in targets.items():
                runs[name].append(asyncio.run(load(port, path, args.connections, args.seconds / args.rounds)))
        results = {name: summarise(r) for name, r in runs.items()}

        print(f"{'target':8} {'requests':>9} {'errors':>6} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
        for name, r in results.items():
            print(f"{name:8} {r['requests']:9d} {r['errors']:6d} {r['rps']:9.0f} {r['p50']:8.1f} {r['p99']:8.1f}")
        ratio = results["page"]["rps"] / results["static"]["rps"]
        p99 = results["page"]["p99"]
        print(f"page/static ratio: {ratio:.2f} (goal ≥ 0.5)  {'ok' if ratio >= 0.5 else 'MISSED'}")
        print(f"page p99: {p99:.1f} ms (goal < 50 ms)  {'ok' if p99 < 50 else 'MISSED'}")
        print(f"PDF first render: {first_pdf * 1000:.0f} ms (goal < 1000 ms)  {'ok' if first_pdf < 1 else 'MISSED'};"
              f" from the cache: {cached_pdf * 1000:.1f} ms")
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # gunicorn's graceful stop of its own workers
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
