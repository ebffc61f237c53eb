"""The public website, generated from the same model the linter checks.

``cchc site build`` loads the corpus, runs the linter, writes one Markdown
page per plan, province, agency, indicator, cited document and rule into the
git-ignored ``docs/corpus/`` folder (a ``x.md`` / ``x.en.md`` pair from one
record), then runs MkDocs. Every value taken from the data is escaped on the
way out (:mod:`.markup`): nothing in a plan can act as Markdown, HTML, a
script or a template.
"""
