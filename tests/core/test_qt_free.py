"""core, store and report never import Qt."""

import subprocess
import sys


def test_core_store_report_do_not_load_qt() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import jakres_desk.core, jakres_desk.store, jakres_desk.report\n"
        "for pkg in (jakres_desk.core, jakres_desk.store, jakres_desk.report):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import jakres_desk.cli\n"
        "qt = ('PySide6', 'shiboken6', 'qtawesome')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in qt]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
