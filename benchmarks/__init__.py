"""tipdiff benchmarks: seed pairs against difflib.HtmlDiff, a synthetic release through
``tipdiff batch``, growth against ``git diff --word-diff`` and adversarial inputs.

Run ``python benchmarks/run.py [--quick]``; see ``benchmarks/README.md``.
"""
