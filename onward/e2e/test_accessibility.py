"""axe-core (from the npm registry, in node_modules) finds no serious or critical problem."""

from __future__ import annotations

from typing import Any

import pytest

from onward.demo.data import build_demo
from onward.notes.services import note_for_step
from onward.plans.models import Step

from .conftest import AXE, new_page, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def axe_problems(page: Any, only: list[str] | None = None) -> list[str]:
    # Evaluated through the DevTools protocol: a <script> tag with axe's source inline
    # would be refused by the Content-Security-Policy, as it should be.
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_problems_on_any_page(
    browser: Any, live_server: Any, scheme: str
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
    only = ["color-contrast"] if scheme == "dark" else None
    page = new_page(browser, color_scheme=scheme)
    problems: dict[str, list[str]] = {}
    for path in public:
        page.goto(base + path)
        if found := axe_problems(page, only):
            problems[path] = found
    sign_in(page, base, "demo@onward.local", "onward-demo")
    for path in private:
        page.goto(base + path)
        if found := axe_problems(page, only):
            problems[path] = found
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
    """The dark run checks contrast only; it must still see grey text on a grey ground."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm install`")
    page = new_page(browser, color_scheme="dark")
    page.set_content(
        '<html lang="en"><body style="background:#333"><main>'
        '<p style="color:#444">Hard to read</p></main></body></html>'
    )
    problems = axe_problems(page, ["color-contrast"])
    assert [p.split(":")[0] for p in problems] == ["color-contrast"]
