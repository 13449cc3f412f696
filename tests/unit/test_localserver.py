"""LocalServer without a server: conf, auth policy, pid files, jar cache marker, CLI exit codes."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph.localserver as ls
from graph.errors import LocalServerError
from graph.localserver import LocalServer, check_auth_policy, render_conf, resolve_connection
from graph.settings import ConnectionSettings, Settings
from respgraph.cli_neo4j import neo4j


def conf_pairs(text: str) -> list[tuple[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [(key, value) for key, _, value in (line.partition("=") for line in lines)]


def conf_text(listen_address: str = "127.0.0.1", auth_enabled: bool = True) -> str:
    return render_conf(
        listen_address=listen_address,
        bolt_port=17001,
        http_port=17002,
        heap="512m",
        pagecache="128m",
        auth_enabled=auth_enabled,
    )


def make_conf(listen_address: str = "127.0.0.1", auth_enabled: bool = True) -> dict[str, str]:
    return dict(conf_pairs(conf_text(listen_address, auth_enabled)))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> LocalServer:
    return LocalServer(tmp_path / "home", tmp_path / "cache", bolt_port=free_port(), http_port=free_port())


@pytest.fixture
def fake_neo4j(server: LocalServer) -> Iterator[subprocess.Popen[bytes]]:
    """A harmless process whose command line looks like this home's Neo4j JVM."""
    code = "import time; time.sleep(120)"
    args = [sys.executable, "-c", code, ls.ENTRY_POINT, f"--home-dir={server.home}"]
    proc = subprocess.Popen(args, start_new_session=True)
    # Until the child has exec'd, its command line is still pytest's: wait, or stop() may rightly not know it.
    deadline = time.monotonic() + 10
    while ls.ENTRY_POINT not in ls._cmdline(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    yield proc
    proc.kill()
    proc.wait()


# ---- conf --------------------------------------------------------------------------------------


def test_conf_listens_on_loopback_with_the_configured_ports() -> None:
    conf = make_conf()
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:17001"
    assert conf["server.http.listen_address"] == "127.0.0.1:17002"
    # Advertised with the real ports, or the Browser is sent to 7687.
    assert conf["server.bolt.advertised_address"] == "127.0.0.1:17001"
    assert conf["server.http.advertised_address"] == "127.0.0.1:17002"
    assert conf["server.https.enabled"] == "false"


def test_conf_sets_dirs_memory_and_auth() -> None:
    conf = make_conf(auth_enabled=False)
    assert conf["server.directories.data"] == "data"
    assert conf["server.directories.logs"] == "logs"
    assert conf["server.directories.run"] == "run"
    assert conf["server.memory.heap.max_size"] == "512m"
    assert conf["server.memory.pagecache.size"] == "128m"
    assert conf["dbms.security.auth_enabled"] == "false"
    assert make_conf()["dbms.security.auth_enabled"] == "true"


def test_conf_has_no_duplicate_keys_and_only_known_namespaces() -> None:
    pairs = conf_pairs(conf_text())
    keys = [key for key, _ in pairs if key != "server.jvm.additional"]
    assert len(keys) == len(set(keys)), "strict validation rejects duplicate keys"
    assert all(key.split(".")[0] in {"server", "dbms", "internal"} for key, _ in pairs)
    flags = [value for key, value in pairs if key == "server.jvm.additional"]
    assert "--add-opens=java.base/java.nio=ALL-UNNAMED" in flags


def test_conf_brackets_ipv6_addresses() -> None:
    conf = make_conf(listen_address="::1")
    assert conf["server.bolt.listen_address"] == "[::1]:17001"


def test_server_command_passes_heap_and_flags(server: LocalServer, tmp_path: Path) -> None:
    command = server.server_command(tmp_path / "lib")
    assert command[-4:] == [
        ls.ENTRY_POINT,
        f"--home-dir={server.home}",
        f"--config-dir={server.home / 'conf'}",
        "--console-mode",
    ]
    assert "-Xmx1g" in command and "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" in command


def test_uris(server: LocalServer) -> None:
    assert server.bolt_uri == f"bolt://127.0.0.1:{server.bolt_port}"
    assert server.browser_url == f"http://127.0.0.1:{server.http_port}/browser/"
    wildcard = LocalServer(server.home, server.cache_dir, listen_address="0.0.0.0")
    assert wildcard.bolt_uri == "bolt://127.0.0.1:7687"


# ---- auth policy -------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["0.0.0.0", "192.168.1.5", "::", "example.org"])
def test_auth_off_is_refused_off_loopback(address: str) -> None:
    with pytest.raises(LocalServerError, match="without authentication"):
        check_auth_policy(address, auth_enabled=False)


@pytest.mark.parametrize("address", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_auth_off_is_allowed_on_loopback(address: str) -> None:
    check_auth_policy(address, auth_enabled=False)


def test_auth_on_is_allowed_anywhere() -> None:
    check_auth_policy("0.0.0.0", auth_enabled=True)


def test_start_refuses_auth_off_before_doing_anything(tmp_path: Path) -> None:
    server = LocalServer(tmp_path / "home", tmp_path / "cache", listen_address="0.0.0.0", auth_enabled=False)
    with pytest.raises(LocalServerError, match="without authentication"):
        server.start()
    assert not (tmp_path / "cache").exists()


def test_start_fails_clearly_when_the_port_is_taken(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LocalServer, "ensure_jars", lambda self: pytest.fail("must not fetch jars"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", server.bolt_port))
        sock.listen()
        with pytest.raises(LocalServerError, match=f"Bolt port {server.bolt_port} .* taken"):
            server.start()
        assert "used by another process" in server.status().message


# ---- pid files ---------------------------------------------------------------------------------


def test_status_without_pid_file(server: LocalServer) -> None:
    current = server.status()
    assert (current.running, current.answering, current.pid) == (False, False, None)
    assert current.message == "not running"
    assert server.stop() is False


def test_stale_pid_of_a_dead_process(server: LocalServer) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    write_pid(server, int(dead.stdout))
    current = server.status()
    assert not current.running and "stale" in current.message and "gone" in current.message
    assert server.stop() is False
    assert not server.pid_file.exists()


def test_pid_of_a_foreign_process_is_never_killed(server: LocalServer) -> None:
    foreign = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        write_pid(server, foreign.pid)
        assert not server.status().running
        assert server.stop() is False
        assert foreign.poll() is None, "a process that is not this home's Neo4j was signalled"
    finally:
        foreign.kill()
        foreign.wait()


def test_other_homes_server_is_never_killed(
    server: LocalServer, fake_neo4j: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    other = LocalServer(tmp_path / "other", tmp_path / "cache")
    write_pid(other, fake_neo4j.pid)
    assert other.stop() is False
    assert fake_neo4j.poll() is None


def test_a_home_whose_path_extends_ours_is_another_home(
    server: LocalServer, fake_neo4j: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    prefix = LocalServer(Path(str(server.home)[:-1]), tmp_path / "cache")  # ".../hom" vs ".../home"
    write_pid(prefix, fake_neo4j.pid)
    assert prefix.stop() is False
    assert fake_neo4j.poll() is None


def test_stop_ends_this_homes_process_group(server: LocalServer, fake_neo4j: subprocess.Popen[bytes]) -> None:
    write_pid(server, fake_neo4j.pid)
    assert server.status().running  # not answering: nothing listens on its port
    assert server.stop(timeout=10) is True
    assert fake_neo4j.wait(timeout=5) is not None
    assert not server.pid_file.exists()


def test_stop_also_finds_the_jvm_from_neo4j_pid(server: LocalServer, fake_neo4j: subprocess.Popen[bytes]) -> None:
    (server.home / "run").mkdir(parents=True)
    (server.home / "run" / "neo4j.pid").write_text(str(fake_neo4j.pid))
    assert server.stop(timeout=10) is True
    assert fake_neo4j.wait(timeout=5) is not None


def write_pid(server: LocalServer, pid: int) -> None:
    server.pid_file.parent.mkdir(parents=True, exist_ok=True)
    server.pid_file.write_text(f"{pid}\n")


# ---- password ----------------------------------------------------------------------------------


def test_password_is_stored_private(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(LocalServer, "_admin", lambda self, lib, *args: calls.append(args))
    server._ensure_password(Path("lib"))
    assert calls and calls[0][:2] == ("dbms", "set-initial-password")
    assert server.password == calls[0][2] and len(calls[0][2]) >= 8
    assert server.auth == ("neo4j", calls[0][2])
    assert stat.S_IMODE(os.stat(server.auth_file).st_mode) == 0o600
    server._ensure_password(Path("lib"))
    assert len(calls) == 1, "the initial password is set once"


def test_unknown_password_of_an_existing_database_is_an_error(server: LocalServer) -> None:
    (server.home / "data" / "databases").mkdir(parents=True)
    with pytest.raises(LocalServerError, match=r"no auth\.json"):
        server._ensure_password(Path("lib"))


# ---- jar cache ---------------------------------------------------------------------------------


def test_jars_marker_written_only_after_a_complete_download(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_mvn(self: LocalServer, cwd: Path, *args: str) -> None:
        out = Path(next(a for a in args if a.startswith("-DoutputDirectory=")).split("=", 1)[1])
        out.mkdir(parents=True)
        (out / "half.jar").write_bytes(b"")
        raise LocalServerError("network down")

    monkeypatch.setattr(LocalServer, "_mvn", failing_mvn)
    monkeypatch.setattr(LocalServer, "_find_resolvable_patch", lambda self: None)
    with pytest.raises(LocalServerError, match="network down"):
        server.ensure_jars()
    assert not server._jars_complete(server.version)

    def good_mvn(self: LocalServer, cwd: Path, *args: str) -> None:
        out = Path(next(a for a in args if a.startswith("-DoutputDirectory=")).split("=", 1)[1])
        out.mkdir(parents=True)
        (out / "neo4j.jar").write_bytes(b"")

    monkeypatch.setattr(LocalServer, "_mvn", good_mvn)
    lib = server.ensure_jars()
    assert lib == server.cache_dir / "neo4j-5.26.29" / "lib"
    assert [p.name for p in lib.iterdir()] == ["neo4j.jar"]
    monkeypatch.setattr(LocalServer, "_mvn", lambda *a: pytest.fail("cached jars are reused"))
    assert server.ensure_jars() == lib


def test_pom_lists_the_three_artifacts() -> None:
    pom = ls.render_pom("5.26.29", "5.24.0")
    for artifact in ("<artifactId>neo4j</artifactId>", "neo4j-import-tool", "neo4j-browser"):
        assert artifact in pom


# ---- connection and CLI ------------------------------------------------------------------------


def test_resolve_connection_prefers_neo4j_uri(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", cache_dir=tmp_path / "cache", bolt_port=17999)
    external = ConnectionSettings(uri="neo4j+s://db.example:7687", username="u", password="p", database="d")
    conn = resolve_connection(settings, external)
    assert (conn.uri, conn.auth, conn.database, conn.local) == (
        "neo4j+s://db.example:7687",
        ("u", "p"),
        "d",
        False,
    )
    local = resolve_connection(settings, ConnectionSettings(uri=None))
    assert (local.uri, local.auth, local.local) == ("bolt://127.0.0.1:17999", None, True)


def test_cli_status_exit_codes_without_a_server(server: LocalServer) -> None:
    env = {
        "RESPGRAPH_HOME": str(server.home),
        "RESPGRAPH_CACHE_DIR": str(server.cache_dir),
        "RESPGRAPH_BOLT_PORT": str(server.bolt_port),
    }
    result = CliRunner().invoke(neo4j, ["status"], env=env)
    assert result.exit_code == 3 and "not running" in result.output
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    write_pid(server, int(dead.stdout))
    result = CliRunner().invoke(neo4j, ["status"], env=env)
    assert result.exit_code == 3 and "stale" in result.output
    result = CliRunner().invoke(neo4j, ["stop"], env=env)
    assert result.exit_code == 0 and "not running" in result.output


def test_cli_error_is_one_line(server: LocalServer) -> None:
    env = {"RESPGRAPH_HOME": str(server.home), "RESPGRAPH_BOLT_PORT": "not-a-port"}
    result = CliRunner().invoke(neo4j, ["start"], env=env)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("respgraph: error:")


def test_generated_passwords_never_read_as_an_option() -> None:
    passwords = {ls.new_password() for _ in range(2000)}
    assert len(passwords) == 2000
    assert not any(p.startswith("-") for p in passwords)
    assert all(len(p) >= 20 for p in passwords)
