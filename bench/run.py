"""`make bench`: measure the public pages against Django's own floor, at two sizes.

1. A throwaway PostgreSQL cluster, as `.ci/run` starts one.
2. Two databases: *small* holds the demo content (`load_demo`); *large* is a
   copy of it with the synthetic content of `bench.synthetic` added.
3. For each size, the query pass (`bench.queries`) counts queries and bytes
   per page, then gunicorn serves the project (2 workers, production
   settings, DEBUG off) twice: with the page cache on, and with it off.
4. wrk on loopback measures each page between two measurements of the ceiling
   (`/bench/ceiling/`, a view returning a short fixed text through the same
   middleware), ceiling and page alternating so that drift on a shared machine
   cancels: each page is compared with the mean of the ceiling runs either
   side of it.

Results go to `bench/results/latest.json` and a table is printed. Larger
and smaller sizes are compared through their ratios to the ceiling of their
own run, for the same reason.

Settings through the environment: DSPP_BENCH_SECONDS (per measurement,
default 4), DSPP_BENCH_ROUNDS (default 2), DSPP_BENCH_CONNECTIONS (default 4), DSPP_BENCH_PGPORT (55452),
DSPP_BENCH_PORT (55453), DSPP_BENCH_SIZES (default "small,large").
"""

import contextlib
import datetime
import glob
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
RESULTS = ROOT / "bench" / "results" / "latest.json"
REPORT_SCRIPT = ROOT / "bench" / "report.lua"

SECONDS = int(os.environ.get("DSPP_BENCH_SECONDS", "4"))
ROUNDS = int(os.environ.get("DSPP_BENCH_ROUNDS", "2"))
CONNECTIONS = int(os.environ.get("DSPP_BENCH_CONNECTIONS", "4"))
PGPORT = int(os.environ.get("DSPP_BENCH_PGPORT", "55452"))
PORT = int(os.environ.get("DSPP_BENCH_PORT", "55453"))
SIZES = os.environ.get("DSPP_BENCH_SIZES", "small,large").split(",")
WORKERS = 2

CEILING = "/bench/ceiling/"
# (name, path); placeholders are filled in by bench.queries.
PAGES = [
    ("home", "/"),
    ("circular", "/circulars/{circular}/"),
    ("archive", "/circulars/"),
    ("reviews", "/reviews/?category=children&theme={theme}"),
    ("search", "/search/?q=professional+curiosity"),
    ("training", "/training/"),
    ("theme hub", "/themes/{theme}/"),
]
MODES = {"cached": "3600", "uncached": "0"}
# Search costs a count, a page of keys and one query per kind of record on
# the page, so its count follows the mix of results, never their number.
QUERY_BOUNDS = {"search": 2 + 5}

TARGET_CACHED_CIRCULAR = 0.8
TARGET_UNCACHED_CIRCULAR = 0.3
TARGET_GROWTH = 0.7
TARGET_SEARCH_P99_MS = 100


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def as_root() -> bool:
    return os.geteuid() == 0


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if not as_root():
        raise SystemExit("wrk is missing: install Debian's wrk package.")
    log("Installing wrk from Debian's packages")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "wrk"]
    if subprocess.run(install, env=env, stdout=subprocess.DEVNULL).returncode:
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(install, env=env, stdout=subprocess.DEVNULL, check=True)
    return shutil.which("wrk")


def postgres_bin() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not versions and as_root():
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "postgresql-15"],
            env=env,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not versions:
        raise SystemExit("PostgreSQL is missing: install postgresql-15.")
    return Path(versions[-1])


@contextlib.contextmanager
def cluster():
    """Start a throwaway PostgreSQL cluster on loopback; yield its URL prefix."""
    bin_dir = postgres_bin()
    root = Path(tempfile.mkdtemp(prefix="dspp-bench-pg."))
    root.chmod(0o755)
    prefix = ["runuser", "-u", "postgres", "--"] if as_root() else []
    if as_root():
        shutil.chown(root, "postgres")
    data = root / "data"

    def pg(*args):
        subprocess.run(
            [*prefix, str(bin_dir / args[0]), *args[1:]],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=root,
        )

    pg(
        "initdb",
        "-D",
        str(data),
        "-A",
        "trust",
        "-U",
        "postgres",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
    )
    # Durability is irrelevant to a throwaway cluster and only slows loading;
    # reads, which is all the measurements do, are unaffected.
    options = (
        f"-p {PGPORT} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        pg(
            "pg_ctl",
            "-D",
            str(data),
            "-l",
            str(root / "log"),
            "-w",
            "-o",
            options,
            "start",
        )
        yield f"postgres://postgres@127.0.0.1:{PGPORT}"
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            pg("pg_ctl", "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(root, ignore_errors=True)


def sql(url: str, *statements: str) -> None:
    import psycopg2

    connection = psycopg2.connect(url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    connection.close()


def django_env(database_url: str, **extra: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": BENCH_SECRET,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on loopback: no redirect to HTTPS.
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        **extra,
    }


BENCH_SECRET = secrets.token_urlsafe(50)


def manage(database_url: str, *args: str) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=django_env(database_url),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare_databases(server: str) -> dict[str, str]:
    """Create and fill one database per size; return their URLs."""
    urls = {size: f"{server}/dspp_bench_{size}" for size in ("small", "large")}
    sql(f"{server}/postgres", "CREATE DATABASE dspp_bench_small")
    log("small: migrating and loading the demo content")
    manage(urls["small"], "migrate", "--noinput")
    manage(urls["small"], "load_demo", "--no-accounts")
    if "large" in SIZES:
        sql(
            f"{server}/postgres",
            "CREATE DATABASE dspp_bench_large TEMPLATE dspp_bench_small",
        )
        log("large: adding the synthetic content")
        subprocess.run(
            [PYTHON, "-m", "bench.synthetic"],
            cwd=ROOT,
            env=django_env(urls["large"]),
            check=True,
        )
    for size in SIZES:
        # A live server's autovacuum would have analysed the new rows by now;
        # the bench does not wait for it.
        sql(urls[size], "VACUUM ANALYZE")
    return urls


def query_pass(database_url: str) -> dict:
    done = subprocess.run(
        [PYTHON, "-m", "bench.queries", *(path for _name, path in PAGES)],
        cwd=ROOT,
        env=django_env(database_url),
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"The query pass failed:\n{done.stderr}")
    return json.loads(done.stdout)


@contextlib.contextmanager
def gunicorn(database_url: str, cache_seconds: str):
    env = django_env(database_url, DSPP_PUBLIC_PAGE_CACHE_SECONDS=cache_seconds)
    process = subprocess.Popen(
        [
            GUNICORN,
            "dspp.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz") as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("gunicorn did not start.")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{PORT}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def static_check(base: str) -> dict:
    """Check that WhiteNoise serves the stylesheet hashed, compressed and
    cacheable for a year, as production needs it."""
    with urllib.request.urlopen(base + "/") as response:
        page = response.read().decode()
    href = re.search(r'<link rel="stylesheet" href="([^"]+)"', page).group(1)
    request = urllib.request.Request(
        base + href, headers={"Accept-Encoding": "br, gzip"}
    )
    with urllib.request.urlopen(request) as response:
        headers = response.headers
        compressed = len(response.read())
    cache_control = headers.get("Cache-Control", "")
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    return {
        "stylesheet": href,
        "hashed_name": bool(re.search(r"\.[0-9a-f]{12}\.css$", href)),
        "content_encoding": headers.get("Content-Encoding", ""),
        "bytes_sent": compressed,
        "cache_control": cache_control,
        "far_future": max_age >= 365 * 24 * 3600 and "immutable" in cache_control,
    }


def wrk(url: str, seconds: int) -> dict:
    output = subprocess.run(
        [
            WRK,
            "-t1",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            # As every browser does; pages and ceiling alike.
            "--header",
            "Accept-Encoding: gzip, deflate, br",
            "-s",
            str(REPORT_SCRIPT),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    line = next(x for x in output.splitlines() if x.startswith("BENCH-JSON "))
    data = json.loads(line.removeprefix("BENCH-JSON "))
    duration = data["duration_us"] / 1e6
    return {
        "rps": round(data["requests"] / duration, 1),
        "p50_ms": round(data["p50_us"] / 1000, 2),
        "p99_ms": round(data["p99_us"] / 1000, 2),
        "requests": data["requests"],
        "errors": sum(data["errors"].values()),
    }


def series(base: str, paths: dict[str, str]) -> dict:
    """Measure ceiling, page, ceiling, page … ceiling, ROUNDS times over.

    Each page's ratio in a round is to the mean of the two ceiling runs either
    side of it; a page's ratio is the mean over rounds, its p99 the worst.
    """
    for path in [CEILING, *paths.values()]:
        wrk(base + path, 1)
    ceilings = []
    runs: dict[str, list] = {name: [] for name in paths}
    for _round in range(ROUNDS):
        ceilings.append(wrk(base + CEILING, SECONDS))
        for name, path in paths.items():
            page = wrk(base + path, SECONDS)
            ceilings.append(wrk(base + CEILING, SECONDS))
            ceiling_rps = (ceilings[-2]["rps"] + ceilings[-1]["rps"]) / 2
            page["ratio"] = page["rps"] / ceiling_rps
            runs[name].append(page)
    pages = {}
    for name, measured in runs.items():
        pages[name] = {
            "rps": round(sum(m["rps"] for m in measured) / ROUNDS, 1),
            "ratio": round(sum(m["ratio"] for m in measured) / ROUNDS, 3),
            "p50_ms": round(sum(m["p50_ms"] for m in measured) / ROUNDS, 2),
            "p99_ms": max(m["p99_ms"] for m in measured),
            "requests": sum(m["requests"] for m in measured),
            "errors": sum(m["errors"] for m in measured),
            "rounds": measured,
        }
        page = pages[name]
        log(
            f"  {name:10} {page['rps']:8.1f} req/s  {page['ratio']:.2f} x ceiling  "
            f"p50 {page['p50_ms']:.1f} ms  p99 {page['p99_ms']:.1f} ms"
        )
    return {"ceilings": ceilings, "pages": pages}


def compare(results: dict) -> dict:
    """Large-size throughput over small-size, each as a ratio to its own ceiling."""
    growth = {}
    for mode in MODES:
        growth[mode] = {
            name: round(
                results["large"][mode]["pages"][name]["ratio"]
                / results["small"][mode]["pages"][name]["ratio"],
                3,
            )
            for name, _path in PAGES
        }
    return growth


def verdicts(results: dict, growth: dict | None) -> list[tuple[str, bool, str]]:
    checks = []
    for size in SIZES:
        cached = results[size]["cached"]["pages"]["circular"]["ratio"]
        uncached = results[size]["uncached"]["pages"]["circular"]["ratio"]
        checks.append(
            (
                f"circular page from cache, {size}: >= {TARGET_CACHED_CIRCULAR} x ceiling",
                cached >= TARGET_CACHED_CIRCULAR,
                f"{cached:.2f}",
            )
        )
        checks.append(
            (
                f"circular page, caching off, {size}: >= {TARGET_UNCACHED_CIRCULAR} x ceiling",
                uncached >= TARGET_UNCACHED_CIRCULAR,
                f"{uncached:.2f}",
            )
        )
    if growth:
        for mode, ratios in growth.items():
            worst = min(ratios, key=ratios.get)
            checks.append(
                (
                    f"every page large/small >= {TARGET_GROWTH} ({mode})",
                    ratios[worst] >= TARGET_GROWTH,
                    f"lowest {ratios[worst]:.2f} ({worst})",
                )
            )
        for mode in MODES:
            p99 = results["large"][mode]["pages"]["search"]["p99_ms"]
            checks.append(
                (
                    f"search p99 at large size <= {TARGET_SEARCH_P99_MS} ms ({mode})",
                    p99 <= TARGET_SEARCH_P99_MS,
                    f"{p99:.1f} ms",
                )
            )
        differing = [
            name
            for name, _path in PAGES
            if results["small"]["queries"][name]["queries"]
            != results["large"]["queries"][name]["queries"]
            and not (
                name in QUERY_BOUNDS
                and results["large"]["queries"][name]["queries"] <= QUERY_BOUNDS[name]
            )
        ]
        checks.append(
            (
                "queries per request the same at both sizes (search: within its bound)",
                not differing,
                ", ".join(differing),
            )
        )
    failed = sum(
        page["errors"]
        for size in SIZES
        for mode in MODES
        for page in results[size][mode]["pages"].values()
    )
    checks.append(("every response a 2xx or 3xx", not failed, f"{failed} errors"))
    return checks


def table(results: dict, growth: dict | None) -> str:
    lines = []
    for mode, title in (("cached", "Served from cache"), ("uncached", "Caching off")):
        lines += [
            f"{title} (req/s, and × the ceiling measured beside it)",
            "",
            "| page | "
            + " | ".join(f"{size} req/s | × ceiling" for size in SIZES)
            + (" | large ÷ small" if growth else "")
            + f" | p50 / p99 ms ({SIZES[-1]}) |",
            "|---|" + "---:|---:|" * len(SIZES) + ("---:|" if growth else "") + "---:|",
        ]
        for name in ["ceiling"] + [name for name, _path in PAGES]:
            cells = []
            for size in SIZES:
                run = results[size][mode]
                if name == "ceiling":
                    mean = sum(c["rps"] for c in run["ceilings"]) / len(run["ceilings"])
                    cells += [f"{mean:.0f}", "1.00"]
                else:
                    page = run["pages"][name]
                    cells += [f"{page['rps']:.0f}", f"{page['ratio']:.2f}"]
            if growth:
                cells.append("" if name == "ceiling" else f"{growth[mode][name]:.2f}")
            if name == "ceiling":
                cells.append("")
            else:
                page = results[SIZES[-1]][mode]["pages"][name]
                cells.append(f"{page['p50_ms']:.1f} / {page['p99_ms']:.1f}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += [
        "Queries per request (rendered / from cache) and response size in KB "
        "(gzip-compressed)",
        "",
        "| page | "
        + " | ".join(f"{size} queries | {size} KB" for size in SIZES)
        + " |",
        "|---|" + "---:|---:|" * len(SIZES),
    ]
    for name, _path in PAGES:
        cells = []
        for size in SIZES:
            q = results[size]["queries"][name]
            cells += [
                f"{q['queries']} / {q['queries_cached']}",
                f"{q['bytes'] / 1024:.1f} ({q['bytes_gzip'] / 1024:.1f})",
            ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    for check, passed, value in verdicts(results, growth):
        lines.append(
            f"- {'met' if passed else 'MISSED'}: {check}"
            + (f": {value}" if value else "")
        )
    return "\n".join(lines)


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as info:
        cpu = next(
            (x.split(":", 1)[1].strip() for x in info if x.startswith("model name")),
            "",
        )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "load_average_at_start": os.getloadavg(),
    }


WRK = ""


def main() -> None:
    global WRK
    started = time.monotonic()
    WRK = ensure_wrk()
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=django_env(""),
        check=True,
    )
    results: dict = {}
    with cluster() as server:
        urls = prepare_databases(server)
        log(f"Databases ready after {time.monotonic() - started:.0f} s")
        for size in SIZES:
            measured = query_pass(urls[size])
            paths = dict(
                zip([name for name, _ in PAGES], measured["paths"], strict=True)
            )
            results[size] = {
                "paths": paths,
                "queries": {
                    name: measured["pages"][path] for name, path in paths.items()
                },
            }
            for mode, cache_seconds in MODES.items():
                log(f"{size}, {mode}")
                with gunicorn(urls[size], cache_seconds) as base:
                    if "static" not in results:
                        results["static"] = static_check(base)
                        log(f"Static files: {results['static']}")
                    results[size][mode] = series(base, paths)
    growth = compare(results) if set(SIZES) >= {"small", "large"} else None
    report = {
        "generated_at": datetime.datetime.now(datetime.UTC).isoformat(
            timespec="seconds"
        ),
        "machine": machine(),
        "settings": {
            "seconds_per_measurement": SECONDS,
            "rounds": ROUNDS,
            "connections": CONNECTIONS,
            "gunicorn_workers": WORKERS,
        },
        "static": results.pop("static"),
        "sizes": results,
        "large_over_small": growth,
        "targets": [
            {"target": check, "met": passed, "value": value}
            for check, passed, value in verdicts(results, growth)
        ],
        "elapsed_seconds": round(time.monotonic() - started),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print()
    print(table(results, growth))
    print()
    log(f"Wrote {RESULTS.relative_to(ROOT)} after {report['elapsed_seconds']} s")


if __name__ == "__main__":
    main()
