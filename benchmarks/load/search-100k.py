#!/usr/bin/env python3
"""Search over 100,000 posts, on the published app in Production.

Usage: benchmarks/load/search-100k.py /path/to/published/app [posts]

Generates the posts through the API (so through the application layer: validation, cooking, the triggers that keep the
index), 2,000 threads of 50 posts with governance-like text over a Zipf-distributed vocabulary (or, with SEARCH_BENCH_DB naming a database an earlier run kept, reuses those posts), then asks typical
searches one after another and reports p50/p95/p99 per query next to a static file fetched the same way in the same run.
Afterwards it times `reindex-search` on the stopped database and compares FTS5's unicode61 and trigram tokenizers on a
copy of the posts' text (size and query time). Needs python3 and the published app; nothing else.

SEARCH_BENCH_DB=/path/forum.db: when the file exists, the run starts from a copy of it instead of generating posts;
when it does not, the generated database is kept there at the end (generating 100,000 posts takes most of an hour).
"""
import json, os, random, shutil, sqlite3, statistics, subprocess, sys, tempfile, threading, time, urllib.parse, urllib.request

app = sys.argv[1]
total_posts = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
per_thread = 50
port = 5211
base = f"http://127.0.0.1:{port}"
work = tempfile.mkdtemp()
db = os.path.join(work, "forum.db")
env = dict(os.environ,
           ASPNETCORE_ENVIRONMENT="Production", ASPNETCORE_URLS=base, ConnectionStrings__Forum=f"Data Source={db}",
           Forum__SeedDemo="true", Logging__LogLevel__Default="Warning",
           Forum__RateLimits__WritesPerUser__PermitLimit="1000000", Forum__RateLimits__WritesPerIp__PermitLimit="1000000",
           Forum__RateLimits__Commands__PermitLimit="1000000", Forum__RateLimits__Auth__PermitLimit="1000",
           Forum__RateLimits__Search__PermitLimit="1000000", Forum__Moderation__NewAccountPostsPerDay="1000000",
           Forum__Moderation__NewAccountPostsWithoutLinks="0")
dll = os.path.join(app, "MipForum.Web.dll")


def start():
    server = subprocess.Popen(["dotnet", dll], env=env, stdout=open(os.path.join(work, "server.log"), "a"), stderr=subprocess.STDOUT)
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).read()
            return server
        except Exception:
            time.sleep(0.5)
    raise SystemExit("the forum did not start; see " + work)


def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


rng = random.Random(41)
governance = ("facilitator offboarding onboarding budget treasury multisig core unit mandate quorum ratification poll "
              "delegate signal vote proposal subproposal component amendment statement reporting deadline roster "
              "transition originator pipeline collateral stability fee oracle keeper auction liquidation surplus debt "
              "ceiling governance executive spell audit security incident bounty grant contributor compensation").split()
common = ("the of and to in is that for it as with was on be by this are at from or an have not but we they which you "
          "one all were there been has their more if will would about so what when up out can only other into some "
          "could them than then time these two may first any like now over such our also after most made well very "
          "should still where back through much before must right too does three good how each because while").split()
rare = [''.join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))) for _ in range(4000)]
names = ["Zoë", "Kraków", "Sørensen", "Müller", "Ōtani", "Dvořák", "Nuñez", "Łukasz"]
vocabulary = common * 6 + governance * 3 + rare
weights = [1 / (i + 1) ** 0.9 for i in range(len(vocabulary))]
cumulative = [sum(weights[: i + 1]) for i in range(len(weights))]


def sentence():
    words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(8, 22))
    if rng.random() < 0.15:
        words.insert(rng.randrange(len(words)), rng.choice(names))
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), f"MIP{rng.randint(1, 120)}c{rng.randint(1, 9)}")
    return " ".join(words).capitalize() + "."


def post_text():
    paragraphs = ["  ".join(sentence() for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.2:
        paragraphs.insert(1, "- " + sentence() + "\n- **" + sentence() + "**")
    return "\n\n".join(paragraphs)


kept = os.environ.get("SEARCH_BENCH_DB")
reuse = kept is not None and os.path.exists(kept)
if reuse:
    shutil.copyfile(kept, db)
server = start()
members = ["amelie.r", "sato-k", "moshe_f", "lena.v", "tkdev", "funmi.o", "wei_chen", "govalpha"]
tokens = [call("POST", "/api/v1/auth/token", {"userName": m, "password": "mipforum-demo"})["accessToken"] for m in members]
threads = total_posts // per_thread
texts = [[post_text() for _ in range(per_thread)] for _ in range(threads)]
titles = [sentence()[:120].rstrip(".") + f" ({i})" for i in range(threads)]
errors = []
next_thread = iter(range(threads))
lock = threading.Lock()
started = time.time()


def writer(k):
    token = tokens[k % len(tokens)]
    while True:
        with lock:
            i = next(next_thread, None)
        if i is None:
            return
        try:
            thread = call("POST", "/api/v1/threads", {"title": titles[i], "body": texts[i][0], "category": "general"}, token)
            for text in texts[i][1:]:
                call("POST", f"/api/v1/threads/{thread['id']}/posts", {"body": text}, tokens[rng.randrange(len(tokens))])
        except Exception as error:  # noqa: BLE001 - counted and shown
            errors.append(repr(error))
        if i % 200 == 0:
            print(f"  {i * per_thread:,} posts after {time.time() - started:.0f} s", flush=True)


if reuse:
    print(f"reusing the posts of {kept}")
else:
    workers = [threading.Thread(target=writer, args=(k,)) for k in range(8)]
    [w.start() for w in workers]
    [w.join() for w in workers]
    print(f"generated {threads * per_thread:,} posts in {time.time() - started:.0f} s through the API; {len(errors)} errors {errors[:3]}")


def timed(path, n):
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        with urllib.request.urlopen(base + path, timeout=60) as response:
            response.read()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return samples[len(samples) // 2], samples[int(len(samples) * 0.95) - 1], samples[int(len(samples) * 0.99) - 1]


queries = ["budget", "facilitator offboarding", '"core unit mandate"', "facilit*", "treasury -audit", "Zoe",
           "quorum @amelie.r", "multisig #general", "MIP41c5 delegate", rare[7], "the"]
for path in ["/app.css"] + ["/api/v1/search?q=" + urllib.parse.quote(q) for q in queries[:2]]:
    timed(path, 20)  # warm-up
print(f"{'request':<44} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
for path in ["/app.css"] + ["/api/v1/search?q=" + urllib.parse.quote(q) for q in queries] + ["/api/v1/search/suggestions?q=facilitator%20off", "/search?q=budget"]:
    p50, p95, p99 = timed(path, 100)
    print(f"{urllib.parse.unquote(path)[:44]:<44} {p50:8.1f} {p95:8.1f} {p99:8.1f}", flush=True)
    if path != "/app.css":
        b50, b95, b99 = timed("/app.css", 50)
        print(f"{'  /app.css (interleaved)':<44} {b50:8.1f} {b95:8.1f} {b99:8.1f}")

server.terminate()
server.wait()
print(f"database: {os.path.getsize(db) / 1e6:.0f} MB with the index")
t = time.time()
reindex = subprocess.run(["dotnet", dll, "reindex-search"], env=env, capture_output=True, text=True)
print(f"reindex-search: exit {reindex.returncode} in {time.time() - t:.1f} s: {reindex.stdout.strip().splitlines()[-1] if reindex.stdout.strip() else reindex.stderr[-300:]}")
if kept is not None and not reuse:
    shutil.copyfile(db, kept)  # the server is stopped and reindex-search has checkpointed: the file is whole

# unicode61 against trigram on the same text, in this Python's own SQLite.
source = sqlite3.connect(db)
rows = source.execute("SELECT Id, Text FROM Posts").fetchall()
source.close()
print(f"tokenizers on {len(rows):,} post texts (Python's SQLite {sqlite3.sqlite_version}):")
for tokenizer in ["unicode61 remove_diacritics 2", "trigram"]:
    path = os.path.join(work, "tok.db")
    if os.path.exists(path):
        os.remove(path)
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(body, tokenize = '{tokenizer}'{', prefix=' + chr(39) + '2 3' + chr(39) if 'unicode' in tokenizer else ''})")
    t = time.time()
    conn.executemany("INSERT INTO f(rowid, body) VALUES (?, ?)", rows)
    conn.commit()
    build = time.time() - t
    conn.execute("INSERT INTO f(f) VALUES ('optimize')")
    conn.commit()
    conn.execute("VACUUM")
    size = os.path.getsize(path) / 1e6
    timings = []
    for q in ['"budget"', '"facilitator" AND "offboarding"', '"core unit mandate"', '"treasury" NOT "audit"']:
        t = time.perf_counter()
        for _ in range(20):
            conn.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 21", (q,)).fetchall()
        timings.append((time.perf_counter() - t) / 20 * 1000)
    conn.close()
    print(f"  {tokenizer:<32} built in {build:5.1f} s, {size:6.0f} MB, queries " + ", ".join(f"{x:.1f}" for x in timings) + " ms")

shutil.rmtree(work, ignore_errors=True)
