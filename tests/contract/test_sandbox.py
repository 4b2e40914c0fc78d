"""Amazon's x-amzn-api-sandbox static cases, replayed through SellingPartner (issue 5, item 3).

One test per static case of every generated model and per shell (sync, async),
``<package>::<operationId>::<case index>``: the case is checked against
Amazon's own schema, then called through the public client against a local
replay server that answers only a request matching the case; the answer must
parse into the operation's model and round-trip (an error case must also
raise the matching exception carrying Amazon's ``errors``). A case that does not pass is
listed, with the exact reason, in ``sandbox_errors.toml``; the list must be
exact (see ``_sandbox.py``; ``_sandbox_update.py`` rewrites it).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from selling_partner import ServerError

from contract import _sandbox as sandbox

CASES = sandbox.all_cases()


def _entry_text(case: sandbox.SandboxCase, found: list[str]) -> str:
    return sandbox.render_listed({case: found}).split("\n\n", 1)[-1].split("[[case]]", 1)[-1]


def _assert_listed_exactly(case: sandbox.SandboxCase, found: list[str]) -> None:
    entry = sandbox.listed().get(case.id)
    if entry is None:
        assert not found, (
            f"{case.id} fails; fix it, or list it in {sandbox.LISTED_PATH.name}:\n"
            f"[[case]]{_entry_text(case, found)}"
        )
        return
    assert found, f"{case.id} passes now: remove it from {sandbox.LISTED_PATH.name}"
    assert found == entry["violations"], f"{case.id}: the problems changed:\n" + "\n".join(found)
    assert entry["kind"] == sandbox.kind_of(case)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_sandbox_case(case: sandbox.SandboxCase) -> None:
    _assert_listed_exactly(case, sandbox.problems(case))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_sandbox_case_async(case: sandbox.SandboxCase) -> None:
    _assert_listed_exactly(case, await sandbox.aproblems(case))


def _static_cases_in(node: Any, under_responses: bool = False) -> int:
    """Static cases found by walking the raw JSON, independently of iter_operations."""
    if isinstance(node, list):
        return sum(_static_cases_in(item, under_responses) for item in node)
    if not isinstance(node, dict):
        return 0
    count = 0
    for key, value in node.items():
        if key == "x-amzn-api-sandbox" and under_responses and isinstance(value, dict):
            count += len(value.get("static") or [])
        else:
            count += _static_cases_in(value, under_responses or key == "responses")
    return count


def test_every_static_case_of_every_model_is_collected() -> None:
    found = {
        package: _static_cases_in(spec.get("paths")) for package, spec in sandbox.models().items()
    }
    # An empty table or cache must fail here, not compare two empty dicts.
    assert set(found) == set(sandbox.table.API_PACKAGES) and sum(found.values()) > 0, found
    collected: dict[str, int] = dict.fromkeys(found, 0)
    for case in CASES:
        collected[case.package] += 1
    assert collected == found
    assert len({case.id for case in CASES}) == len(CASES), "two cases share an id"


def test_every_listed_case_exists() -> None:
    ids = {case.id for case in CASES}
    entries = sandbox.listed()
    assert sorted(set(entries) - ids) == [], "listed cases that are not in the models"
    by_id = {case.id: case for case in CASES}
    for case_id, entry in entries.items():
        case = by_id[case_id]
        assert (entry["package"], entry["operation"], entry["index"], entry["status"]) == (
            case.package,
            case.operation_id,
            case.index,
            case.status,
        )


def test_counts_json_is_current() -> None:
    expected = sandbox.render_counts(sandbox.counts(sandbox.listed()))
    assert sandbox.COUNTS_PATH.read_text("utf-8") == expected, (
        "counts.json is stale: run .venv/bin/python tests/contract/_sandbox_update.py"
    )


# ------------------------------------------------------- the checks can fail


@pytest.mark.parametrize(
    ("value", "fmt", "ok"),
    [
        ("2024-02-29T10:00:00Z", "date-time", True),
        ("2024-02-29T10:00:00.123+05:30", "date-time", True),
        ("2024-02-30T10:00:00Z", "date-time", False),
        ("2024-01-15T10:00:00", "date-time", False),
        ("2024-01-15", "date-time", False),
        ("Mon Oct 28 18:49:32 UTC 2019", "date-time", False),
        ("2024-01-15", "date", True),
        ("2023-02-29", "date", False),
        ("2024-01-15T10:00:00Z", "date", False),
    ],
)
def test_format_checks(value: str, fmt: str, ok: bool) -> None:
    assert sandbox.FORMATS.conforms(value, fmt) is ok


def test_filler_values_fit_their_schema() -> None:
    spec: dict[str, Any] = {
        "definitions": {
            "Thing": {
                "type": "object",
                "required": ["when", "kind", "tags"],
                "properties": {
                    "when": {"type": "string", "format": "date-time"},
                    "kind": {"type": "string", "enum": ["A", "B"]},
                    "tags": {"type": "array", "items": {"type": "string", "minLength": 3}},
                    "optional": {"type": "integer"},
                },
            }
        }
    }
    value = sandbox.filler({"$ref": "#/definitions/Thing"}, spec)
    assert value == {"when": "2026-01-15T10:00:00Z", "kind": "A", "tags": ["xxx"]}


def _a_case_with(predicate: Any) -> sandbox.SandboxCase:
    for case in CASES:
        if case.id in sandbox.listed() or sandbox.violations(case):
            continue
        if predicate(case):
            return case
    raise AssertionError("no passing case of that kind in the generated models")


def _request(case: sandbox.SandboxCase, plan: sandbox.Plan, **change: Any) -> httpx.Request:
    segments = change.get("path", plan.path)
    query = change.get("query", {k: list(v) for k, v in plan.query.items()})
    url = httpx.URL(sandbox.ENDPOINT + "/".join(segments), params=query)
    body = change.get("body", plan.body)
    content = None if body is sandbox.NO_BODY else json.dumps(body).encode()
    headers = {"content-type": "application/json"} if content else {}
    return httpx.Request(change.get("method", case.method), url, content=content, headers=headers)


def test_the_replay_accepts_the_planned_request_and_names_each_difference() -> None:
    case = _a_case_with(lambda c: any(p.location == "query" for p in c.params) and c.parameters)
    plan = sandbox.plan(case)
    assert sandbox.request_mismatches(_request(case, plan), case, plan) == []
    wrong_method = "DELETE" if case.method != "DELETE" else "GET"
    assert sandbox.request_mismatches(_request(case, plan, method=wrong_method), case, plan)
    wrong_path = (*plan.path, "extra")
    assert any(
        m.startswith("path:")
        for m in sandbox.request_mismatches(_request(case, plan, path=wrong_path), case, plan)
    )
    extra_query = {**{k: list(v) for k, v in plan.query.items()}, "unexpected": ["1"]}
    assert sandbox.request_mismatches(_request(case, plan, query=extra_query), case, plan) == [
        "query unexpected: sent ['1'], the case is []"
    ]


def test_the_replay_notices_a_changed_body() -> None:
    case = _a_case_with(
        lambda c: isinstance(sandbox.plan(c).body, dict) and bool(sandbox.plan(c).body)
    )
    plan = sandbox.plan(case)
    key = sorted(plan.body)[0]
    changed = {**plan.body, key: "something else"}
    found = sandbox.request_mismatches(_request(case, plan, body=changed), case, plan)
    assert len(found) == 1
    assert found[0].startswith(f"body: differs from the case: /{key}")


def test_a_request_matching_no_case_gets_a_500_and_is_reported() -> None:
    case = _a_case_with(lambda c: bool(sandbox.plan(c).path))
    plan = sandbox.plan(case)
    wrong = sandbox.Plan(
        kwargs=plan.kwargs,
        path=(*plan.path, "not-sent"),
        query=plan.query,
        date_time_query=plan.date_time_query,
        defaults=plan.defaults,
        headers=plan.headers,
        body=plan.body,
        filled=plan.filled,
    )
    replay = sandbox.Replay(case, wrong)
    sp = sandbox.sync_client(replay)
    try:
        kwargs = sandbox.call_kwargs(case, plan)
        with pytest.raises(ServerError) as caught:
            getattr(getattr(sp, case.package), case.name).detailed(**kwargs)
    finally:
        sp.close()
    assert caught.value.status == 500
    assert replay.calls == 1
    assert [m.split(":")[0] for m in replay.mismatches] == ["path"]


def test_a_response_that_does_not_round_trip_is_reported() -> None:
    case = _a_case_with(lambda c: isinstance(c.response, dict) and bool(c.response))
    dropped = sorted(case.response)[0]

    def tampered(replay: sandbox.Replay, raise_errors: bool) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            response = replay(request)
            if str(request.url) == sandbox.TOKEN_URL or response.status_code != case.status:
                return response
            body = {k: v for k, v in json.loads(response.content).items() if k != dropped}
            return httpx.Response(response.status_code, json=body)

        return sandbox.sync_client(handler, raise_errors)

    assert sandbox.run_case(case, sandbox.sync_client) == []
    found = sandbox.run_case(case, tampered)
    assert len(found) == 1
    assert found[0].startswith(
        (
            f"response: to_dict() differs from the case: /{dropped} missing",
            "call: ResponseParseError",
        )
    ), found


def test_no_secret_in_any_reported_problem() -> None:
    secrets = (sandbox.ACCESS_TOKEN, sandbox.CLIENT_SECRET, sandbox.REFRESH_TOKEN)
    case = _a_case_with(lambda c: c.status < 300)
    seen: list[httpx.Request] = []

    def refusing(replay: sandbox.Replay, raise_errors: bool) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            if str(request.url) == sandbox.TOKEN_URL:
                return replay(request)
            seen.append(request)
            # Echo the request's headers back, as a careless server might.
            return httpx.Response(
                500,
                json={"errors": [{"code": "X", "message": "refused"}]},
                headers=dict(request.headers),
            )

        return sandbox.sync_client(handler, raise_errors)

    found = sandbox.run_case(case, refusing)
    assert found and seen
    assert seen[0].headers["x-amz-access-token"] == sandbox.ACCESS_TOKEN  # it was in play
    reported = "\n".join(found) + sandbox.LISTED_PATH.read_text("utf-8")
    for secret in secrets:
        assert secret not in reported
    for word in ("Atza|", "Atzr|", "client-secret"):
        assert word not in sandbox.LISTED_PATH.read_text("utf-8")


def test_filler_follows_a_pattern_or_says_it_cannot() -> None:
    assert sandbox.filler({"type": "string", "pattern": "^[A-Z0-9_]*$"}, {}) == "X"
    assert sandbox.filler({"type": "string", "pattern": "^[0-9]{3}$", "minLength": 3}, {}) == "111"
    with pytest.raises(AssertionError, match="extend filler"):
        sandbox.filler({"type": "string", "pattern": "^@$"}, {})


def test_an_impossible_date_is_reported_as_such() -> None:
    schema = {"type": "string", "format": "date-time"}
    assert sandbox.schema_check({}, schema, "2024-02-30T00:00:00Z", "response") == [
        "response: '2024-02-30T00:00:00Z' is not a 'date-time' (day is out of range for month)"
    ]
    assert sandbox.schema_check({}, schema, "2024-01-30T00:00", "response") == [
        "response: '2024-01-30T00:00' is not a 'date-time'"
    ]
    assert sandbox.schema_check({}, schema, "2024-01-30T00:00:00Z", "response") == []
