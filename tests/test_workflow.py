"""The GitHub Pages workflow: schema-valid, zizmor-clean, and keeping its structural promises.

Both tools run offline: check-jsonschema validates against its vendored copy of the
workflow schema (`--builtin-schema`), and zizmor runs with `--offline` (no online audits).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"

SHA_PIN = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?P<rest>.*)$")
VERSION_COMMENT = re.compile(r"^\s+#\s*v\d+(?:\.\d+)*\s*$")
BLOCKING_SEVERITIES = {"medium", "high"}


def _tool(name: str) -> str:
    """An executable installed next to the running interpreter (the project's venv)."""
    path = Path(sys.executable).parent / name
    assert path.exists(), f"{name} is not installed next to {sys.executable}; install the project's test extra"
    return str(path)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "the workflow must be a YAML mapping"
    # YAML 1.1 reads the bare key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return job.get("steps") or []


def _uses(step: dict[str, Any]) -> str:
    return str(step.get("uses", ""))


def _action(step: dict[str, Any]) -> str:
    return _uses(step).split("@", 1)[0]


def _all_steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in workflow["jobs"].items() for step in _steps(job)]


# --- the tools ------------------------------------------------------------------------------


def test_workflow_matches_github_schema() -> None:
    result = _run(
        _tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)
    )
    assert result.returncode == 0, f"schema validation failed:\n{result.stdout}\n{result.stderr}"


def test_zizmor_finds_nothing_at_medium_or_above() -> None:
    result = _run(_tool("zizmor"), "--offline", "--format", "json", str(WORKFLOW))
    # zizmor exits 0 when clean and 10-14 when it has findings; anything else is a tool error.
    assert result.returncode == 0 or 10 <= result.returncode <= 14, (
        f"zizmor failed to run (exit {result.returncode}):\n{result.stderr}"
    )
    findings = json.loads(result.stdout)
    blocking = [
        f"{f['ident']} ({f['determinations']['severity']}): {f['desc']}"
        for f in findings
        if not f.get("ignored") and f["determinations"]["severity"].lower() in BLOCKING_SEVERITIES
    ]
    assert not blocking, "zizmor findings at medium severity or above:\n" + "\n".join(blocking)


# --- structural promises --------------------------------------------------------------------


def test_triggers_and_concurrency(workflow: dict[str, Any]) -> None:
    on = workflow["on"]
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    assert set(on) == {"push", "workflow_dispatch"}, "only push to main and manual runs may publish"
    assert workflow["concurrency"]["group"] == "pages"
    assert workflow["concurrency"]["cancel-in-progress"] is False


def test_every_action_is_pinned_to_a_commit_with_its_version(workflow: dict[str, Any]) -> None:
    parsed = [_uses(step) for _, step in _all_steps(workflow) if "uses" in step]
    parsed += [str(job["uses"]) for job in workflow["jobs"].values() if "uses" in job]
    assert parsed, "the workflow uses no actions at all?"
    for ref in parsed:
        assert SHA_PIN.match(ref), f"{ref!r} is not pinned to a full 40-hex commit SHA"

    # The version comment lives outside the YAML data, so read the lines themselves.
    lines = [m for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if (m := USES_LINE.match(line))]
    assert sorted(m["ref"] for m in lines) == sorted(parsed), "every uses: must sit on its own line"
    for m in lines:
        assert VERSION_COMMENT.match(m["rest"]), f"{m['ref']} lacks a '# vX.Y.Z' version comment"

    # One action, one pin: the same action never appears at two different commits.
    pins: dict[str, set[str]] = {}
    for ref in parsed:
        action, sha = ref.split("@", 1)
        pins.setdefault(action, set()).add(sha)
    assert all(len(shas) == 1 for shas in pins.values()), pins


def test_permissions_are_least_privilege(workflow: dict[str, Any]) -> None:
    top = workflow.get("permissions")
    assert top in ({}, {"contents": "read"}), f"top-level permissions too broad: {top!r}"

    jobs = workflow["jobs"]
    deploy_jobs = [name for name, job in jobs.items() if any(_action(s) == "actions/deploy-pages" for s in _steps(job))]
    assert deploy_jobs == ["deploy"], f"exactly one deploy job expected, found {deploy_jobs}"

    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for name, job in jobs.items():
        if name == "deploy":
            continue
        perms = job.get("permissions")
        assert isinstance(perms, dict), f"job {name!r} must declare its own (read-only) permissions"
        assert perms.get("contents") == "read", f"job {name!r} needs contents: read"
        writes = {k: v for k, v in perms.items() if v != "read"}
        assert not writes, f"job {name!r} has non-read permissions {writes}; only the deploy job may write"
        assert "id-token" not in perms, f"job {name!r} must not get an OIDC token"


def test_checkout_does_not_persist_credentials(workflow: dict[str, Any]) -> None:
    checkouts = [(job, s) for job, s in _all_steps(workflow) if _action(s) == "actions/checkout"]
    assert checkouts, "no checkout step"
    for job, step in checkouts:
        assert (step.get("with") or {}).get("persist-credentials") is False, (
            f"checkout in job {job!r} must set persist-credentials: false"
        )


def test_build_job_installs_and_runs_the_strict_build(workflow: dict[str, Any]) -> None:
    steps = _steps(workflow["jobs"]["build"])
    actions = [_action(s) for s in steps]

    python = next(s for s in steps if _action(s) == "actions/setup-python")
    assert str(python["with"]["python-version"]) == "3.11"

    runs = [str(s.get("run", "")) for s in steps]
    install = next(i for i, r in enumerate(runs) if "--require-hashes -r requirements.lock" in r)
    assert "python -m pip install --no-deps ." in runs[install], "the project itself, its dependencies from the lock"
    build = next(i for i, r in enumerate(runs) if re.search(r"(^|\s)briefing build(\s|$)", r))
    upload = actions.index("actions/upload-pages-artifact")
    assert install < build < upload, "install, then build, then upload"
    assert str(steps[upload]["with"]["path"]).rstrip("/") == "site"


def test_site_url_comes_from_configure_pages_via_env(workflow: dict[str, Any]) -> None:
    steps = _steps(workflow["jobs"]["build"])
    pages = next((i for i, s in enumerate(steps) if s.get("id") == "pages"), None)
    assert pages is not None and _action(steps[pages]) == "actions/configure-pages"

    build = next(i for i, s in enumerate(steps) if "briefing build" in str(s.get("run", "")))
    assert pages < build, "configure-pages must run before the build that reads its output"
    site_url = str((steps[build].get("env") or {}).get("SITE_URL", ""))
    assert re.fullmatch(r"\$\{\{\s*steps\.pages\.outputs\.base_url\s*\}\}/", site_url), (
        f"SITE_URL must be the Pages base URL with a trailing slash, got {site_url!r}"
    )

    # No expression is expanded inside a shell script (template injection); values go through env.
    for job, step in _all_steps(workflow):
        assert "${{" not in str(step.get("run", "")), f"expression inside run: in job {job!r}"


def test_deploy_job_publishes_the_build_artifact(workflow: dict[str, Any]) -> None:
    deploy = workflow["jobs"]["deploy"]
    needs = deploy.get("needs")
    assert needs == "build" or needs == ["build"]
    env = deploy["environment"]
    assert env["name"] == "github-pages"
    assert re.fullmatch(r"\$\{\{\s*steps\.deployment\.outputs\.page_url\s*\}\}", str(env["url"]))
    step = next(s for s in _steps(deploy) if _action(s) == "actions/deploy-pages")
    assert step.get("id") == "deployment"


def test_the_build_restores_the_analysis_cache_the_plugin_uses(workflow: dict[str, Any]) -> None:
    """A published rebuild is incremental only if the workflow keeps the folder the plugin reads."""
    from mkdocs.config import load_config

    steps = _steps(workflow["jobs"]["build"])
    order = [_action(s) or s.get("run") for s in steps]
    briefing = load_config(str(ROOT / "mkdocs.yml")).plugins["briefing"].config
    assert briefing.cache is True
    for action in ("actions/cache/restore", "actions/cache/save"):
        assert order.count(action) == 1, order
        assert steps[order.index(action)]["with"]["path"] == briefing.cache_dir
    assert order.index("actions/cache/restore") < order.index("briefing build") < order.index("actions/cache/save")


def test_the_cache_cannot_be_poisoned_from_another_branch_or_a_pull_request(workflow: dict[str, Any]) -> None:
    """Only main restores and saves the analysis cache, under keys that name main: a branch's
    run (a manual one, say) or a pull request's can neither plant an entry nor read one."""
    steps = _steps(workflow["jobs"]["build"])
    caches = [s for s in steps if _action(s).startswith("actions/cache")]
    assert {_action(s) for s in caches} == {"actions/cache/restore", "actions/cache/save"}, "no combined actions/cache"
    for step in caches:
        assert re.fullmatch(r"github\.ref\s*==\s*'refs/heads/main'", str(step.get("if", "")).strip()), step
        keys = [str(step["with"]["key"]), *str(step["with"].get("restore-keys", "")).split()]
        assert all(key.startswith("briefing-analysis-refs/heads/main-") for key in keys), keys
    for other in sorted(WORKFLOW.parent.glob("*.y*ml")):
        data = yaml.safe_load(other.read_text(encoding="utf-8"))
        triggers = data.get("on", data.get(True)) or {}
        triggers = [triggers] if isinstance(triggers, str) else list(triggers)
        assert not {"pull_request", "pull_request_target"} & set(triggers) or "actions/cache" not in other.read_text(
            encoding="utf-8"), f"{other.name} runs for pull requests and touches the cache"


def test_every_job_has_a_time_limit(workflow: dict[str, Any]) -> None:
    for name, job in workflow["jobs"].items():
        limit = job.get("timeout-minutes")
        assert isinstance(limit, int) and 0 < limit <= 60, f"job {name!r} needs a timeout-minutes of at most 60"
