"""Production settings plus the ceiling view the benchmark compares every page with.

Everything but the URL map comes from `dspp.settings` unchanged, so the pages
are measured exactly as production serves them.
"""

from dspp import settings as production

globals().update(
    {name: value for name, value in vars(production).items() if name.isupper()}
)

ROOT_URLCONF = "bench.urls"
