"""Reporters: turn a :class:`~linter.engine.Report` into text for one audience.

``text`` for people at a terminal, ``json`` for scripts, ``sarif`` for code
scanning, ``github`` for workflow annotations. Each module has ``render(report,
lang, ...) -> str``.
"""
