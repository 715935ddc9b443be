"""axe-core (from the npm registry, in node_modules) finds no serious or critical problem."""

from __future__ import annotations

from typing import Any

import pytest

from onward.demo.data import build_demo
from onward.notes.services import note_for_step
from onward.plans.models import Step

from .conftest import AXE, new_page, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def axe_problems(page: Any, only: list[str] | None = None, loaded: bool = False) -> list[str]:
    # Evaluated through the DevTools protocol: a <script> tag with axe's source inline
    # would be refused by the Content-Security-Policy, as it should be.
    if not loaded:
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        """async (only) => {
            const options = {resultTypes: ['violations']};
            if (only) options.runOnly = only;
            const r = await axe.run(document, options);
            return r.violations
              .filter(v => ['serious', 'critical'].includes(v.impact))
              .map(v => v.id + ': ' + v.help + ' at '
                   + v.nodes.map(n => n.target.join(' ')).join(', '));
        }""",
        only,
    )
    return list(result)


def test_no_serious_accessibility_problems_on_any_page_in_light_or_dark(
    browser: Any, live_server: Any
) -> None:
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm install` (make test does when npm exists)")
    base = live_server.url
    user = build_demo("demo@onward.local", "onward-demo")
    step = Step.objects.filter(plan__user=user, kind="thank", state="open").first()
    assert step is not None
    note = note_for_step(step)
    application = step.plan.rejection.application
    public = ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/",
              "/accounts/confirm-email/worn-out/", "/no-such-page/"]  # fmt: skip
    private = [
        "/today/",
        "/applications/",
        "/applications/new/",
        application.get_absolute_url(),
        f"/applications/{application.pk}/interviews/new/",
        step.plan.get_absolute_url(),
        note.get_absolute_url(),
        f"/notes/{note.pk}/send/",
        "/people/",
        note.person.get_absolute_url(),
        f"/people/{note.person.pk}/edit/",
        "/checkin/",
        "/settings/",
        "/inbox/",
        "/inbox/paste/",
        "/inbox/upload/",
        "/inbox/settings/",
        "/reflect/",
        "/reflect/patterns/",
        "/reflect/actions/",
        "/reflect/strengths/",
        "/reflect/stories/",
        "/reflect/stories/new/",
        f"/reflect/rejections/{step.plan.rejection.pk}/debrief/",
        f"/steps/{step.plan.steps.get(kind='mentor').pk}/mentor/",
        f"/reflect/prep/{application.pk}/",
        "/watch/",
        "/insights/",
        "/people/losing-touch/",
        f"/people/{note.person.pk}/reminder/",
        f"/steps/{step.plan.steps.get(kind='silver_lining').pk}/silver-lining/",
        f"/steps/{step.plan.steps.get(kind='strengths').pk}/strengths/",
        "/reflect/strengths/how-it-works/",
        f"/steps/{step.plan.steps.get(kind='move_on').pk}/move-on/",
        "/settings/preferences/",
    ]
    # The dark scheme changes colours only: the light run checks everything else.
    page = new_page(browser, color_scheme="light")
    problems: dict[str, list[str]] = {}

    def check(path: str) -> None:
        # Each page is loaded once and checked in both schemes: every rule in light, then
        # the colours again in dark (the one thing the scheme changes).
        page.emulate_media(color_scheme="light")
        page.goto(base + path)
        if found := axe_problems(page):
            problems[f"{path} (light)"] = found
        page.emulate_media(color_scheme="dark")
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches"), path
        if found := axe_problems(page, ["color-contrast"], loaded=True):
            problems[f"{path} (dark)"] = found

    for path in public:
        check(path)
    sign_in(page, base, "demo@onward.local", "onward-demo", by_form=True)
    for path in private:
        check(path)
    assert problems == {}
    assert page.csp_violations == []


def test_the_check_catches_a_real_problem(browser: Any) -> None:
    """Guards against a silent pass: axe must flag an unlabeled input and a missing alt."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm install`")
    page = new_page(browser)
    page.set_content(
        '<html lang="en"><body><main><img src="data:,"><input type="text"></main></body></html>'
    )
    problems = axe_problems(page)
    assert any(p.startswith("image-alt") for p in problems)
    assert any(p.startswith("label") for p in problems)


def test_the_dark_schemes_contrast_check_catches_faint_text(browser: Any) -> None:
    """The dark check runs on a page loaded in light and switched to dark, as above: it
    must see grey text on a grey ground that only the dark scheme has."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm install`")
    page = new_page(browser, color_scheme="light")
    page.set_content(
        '<html lang="en"><head><style>@media (prefers-color-scheme: dark) {'
        " body { background: #333 } p { color: #444 } }</style></head>"
        "<body><main><p>Hard to read in the dark</p></main></body></html>"
    )
    assert axe_problems(page, ["color-contrast"]) == []
    page.emulate_media(color_scheme="dark")
    problems = axe_problems(page, ["color-contrast"], loaded=True)
    assert [p.split(":")[0] for p in problems] == ["color-contrast"]
