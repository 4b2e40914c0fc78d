"""The pytest plugin loads in every test run of a user's project: it must stay light."""

from __future__ import annotations

import subprocess
import sys


def test_the_plugin_imports_no_server_until_a_fixture_asks() -> None:
    code = (
        "import sys, selling_partner.testing.pytest_plugin\n"
        "heavy = [m for m in ('http.server', 'selling_partner.testing._fake', 'httpx', "
        "'selling_partner_generated.operations') if m in sys.modules]\n"
        "print(heavy)\n"
        "from selling_partner.testing import OfflineSpApi\n"
        "print('selling_partner.testing._fake' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "True"
