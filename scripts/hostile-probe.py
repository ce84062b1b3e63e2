#!/usr/bin/env python3
"""Probes a running `kabar serve` as a hostile client would, and prints what it saw.

    ./kabar serve --port 18080 &        # default configuration
    scripts/hostile-probe.py 18080      # [TRICKLE_SECONDS, default 36]

Checks: 24 connections trickling POST /api/ask bodies (reconnecting when cut off) while /healthz is
asked every half second; 500 made-up methods against the size of /metrics; /api/passages/%25zz;
five hang-ups mid-body (then look for ERROR in the server's log); a 20,000-character path; a
text/plain POST; a foreign Host header. Exits 1 when a check fails. Standard library only.
"""
import json
import socket
import sys
import threading
import time
import urllib.request

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
TRICKLE_SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 36.0
failed = []


def check(name, ok, detail):
    print(("ok    " if ok else "FAIL  ") + name + ": " + detail)
    if not ok:
        failed.append(name)


def raw(request, timeout=10):
    s = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    s.sendall(request)
    out = b""
    try:
        while True:
            d = s.recv(65536)
            if not d:
                break
            out += d
    except socket.timeout:
        pass
    s.close()
    head, _, body = out.partition(b"\r\n\r\n")
    return head.decode("latin-1"), body.decode("utf-8", "replace")


def status(head):
    return head.split("\r\n")[0]


def trickler(until, outcomes):
    body = b'{"question": "' + b"a" * 2000 + b'"}'
    while time.time() < until:
        s = socket.create_connection(("127.0.0.1", PORT))
        s.sendall(b"POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(body))
        s.settimeout(0.05)
        outcome = "still trickling at the end"
        for i in range(len(body)):
            if time.time() >= until:
                break
            try:
                s.sendall(body[i:i + 1])
            except OSError:
                outcome = "closed by the server"
                break
            try:
                d = s.recv(4096)
                outcome = d.split(b"\r\n")[0].decode() if d else "closed by the server"
                break
            except socket.timeout:
                pass
            time.sleep(3)
        s.close()
        outcomes.append(outcome)


def trickle_while_checking_health():
    until = time.time() + TRICKLE_SECONDS
    outcomes = []
    threads = [threading.Thread(target=trickler, args=(until, outcomes)) for _ in range(24)]
    for t in threads:
        t.start()
    worst, n = 0.0, 0
    while time.time() < until:
        t0 = time.time()
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/healthz" % PORT, timeout=10).read()
            worst = max(worst, time.time() - t0)
        except Exception as e:
            worst = max(worst, 99.0)
            print("      /healthz failed:", e)
        n += 1
        time.sleep(0.5)
    for t in threads:
        t.join()
    cut = sum(1 for o in outcomes if o.startswith("HTTP/1.1 408"))
    check("slow bodies", worst < 2.0,
          "24 connections trickled for %.0f s; /healthz answered %d times, slowest %.3f s; %d bodies cut off with 408"
          % (TRICKLE_SECONDS, n, worst, cut))


def metrics_size():
    return len(urllib.request.urlopen("http://127.0.0.1:%d/metrics" % PORT, timeout=10).read())


def made_up_methods():
    before = metrics_size()
    statuses = set()
    for i in range(500):
        head, _ = raw(b"M%d /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" % i)
        statuses.add(status(head))
    after = metrics_size()
    check("made-up methods", after - before < 50_000 and statuses == {"HTTP/1.1 501 Not Implemented"},
          "500 requests answered %s; /metrics %d -> %d bytes" % (sorted(statuses), before, after))


def json_error(name, request, want):
    head, body = raw(request)
    try:
        error = json.loads(body).get("error")
    except ValueError:
        error = None
    ok = status(head).startswith("HTTP/1.1 " + want) and error is not None \
        and "Content-Security-Policy: default-src 'self'" in head
    check(name, ok, "%s, error=%s, CSP %s" % (status(head), error,
                                               "present" if "Content-Security-Policy" in head else "missing"))


def hang_ups():
    for _ in range(5):
        s = socket.create_connection(("127.0.0.1", PORT))
        s.sendall(b'POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n'
                  b'Content-Length: 1000\r\n\r\n{"question": "Kap')
        time.sleep(0.1)
        s.close()
    print("      five hang-ups sent: the server's log must show no ERROR line for them")


trickle_while_checking_health()
made_up_methods()
json_error("bad escape", b"GET /api/passages/%25zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "4")
hang_ups()
json_error("20,000-character path", b"GET /" + b"a" * 20_000 + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "414")
json_error("text/plain POST", b'POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n'
           b'Content-Length: 19\r\nConnection: close\r\n\r\n{"question":"Apa?"}', "415")
json_error("foreign Host", b"GET /healthz HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", "421")
sys.exit(1 if failed else 0)
