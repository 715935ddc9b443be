"""Company watches (the job boards Onward checks for you) and the alerts they raise."""

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from onward.core.ownership import owned_or_404
from onward.watch import services
from onward.watch.forms import FiltersForm, WatchForm
from onward.watch.models import Alert, Watch

from ..auth import refuse_read_only, user_of, writes
from ..errors import check
from ..shapes import Id, changes, merged, reads

router = Router(tags=["Watches"])
FILTERS = ["keywords", "locations", "remote", "email_immediately"]


class WatchOut(Schema):
    id: int
    company: str
    careers_url: str
    board: str | None = Field(None, description="The job board read, e.g. lever:acme.")
    keywords: str
    locations: str
    remote: bool
    email_immediately: bool
    look_every_days: int | None = Field(
        None, description="Set when no board could be read: a reminder to look yourself."
    )
    next_look_on: dt.date | None
    active: bool
    rejection_id: int | None
    created_at: dt.datetime

    @staticmethod
    def resolve_company(obj: Watch) -> str:
        return obj.company.name

    @staticmethod
    def resolve_board(obj: Watch) -> str | None:
        return str(obj.board) if obj.board else None


class WatchIn(Schema):
    company: str
    careers_url: str = Field(
        description="Their careers page, a job board's own address, or a jobs feed."
    )
    vendor: str = Field("", description="Only when Onward can't tell the board from the address.")
    keywords: str = ""
    locations: str = ""
    remote: bool = False
    email_immediately: bool = False
    remind: bool = Field(
        False, description="No board to read: remind me to look at the page every two weeks."
    )


class WatchPatch(Schema):
    keywords: str | None = None
    locations: str | None = None
    remote: bool | None = None
    email_immediately: bool | None = None


class AlertOut(Schema):
    id: int
    watch_id: int
    company: str
    title: str
    location: str
    remote: bool
    url: str
    created_at: dt.datetime
    seen_at: dt.datetime | None
    dismissed_at: dt.datetime | None

    @staticmethod
    def resolve_company(obj: Alert) -> str:
        return obj.watch.company.name

    @staticmethod
    def resolve_title(obj: Alert) -> str:
        return obj.posting.title

    @staticmethod
    def resolve_location(obj: Alert) -> str:
        return obj.posting.location

    @staticmethod
    def resolve_remote(obj: Alert) -> bool:
        return obj.posting.remote

    @staticmethod
    def resolve_url(obj: Alert) -> str:
        return obj.posting.url


def _watch(request: HttpRequest, pk: int) -> Watch:
    return owned_or_404(services.watches_of(user_of(request)), user_of(request), pk=pk)


def _alerts(request: HttpRequest) -> QuerySet[Alert]:
    return Alert.objects.filter(user=user_of(request)).select_related("watch__company", "posting")


@router.get("/watches", response=reads(list[WatchOut], found=False))
@paginate
def watch_list(request: HttpRequest) -> QuerySet[Watch]:
    return services.watches_of(user_of(request))


@router.post("/watches", response=changes(WatchOut, 201, found=False, conflict=True))
def watch_create(request: HttpRequest, payload: WatchIn) -> Status:
    """Start watching a company. A careers page is looked at to find the board behind it,
    so the check happens before the transaction that saves the watch."""
    refuse_read_only(request)
    form = WatchForm(payload.dict(exclude={"remind"}), reminder=payload.remind)
    check(form)
    user = user_of(request)
    data = form.cleaned_data
    given = services.WatchInput(
        company=data["company"],
        careers_url=data["careers_url"],
        keywords=data["keywords"],
        locations=data["locations"],
        remote=data["remote"],
        email_immediately=data["email_immediately"],
        vendor=data.get("vendor") or None,
        board=form.recognised,
    )
    try:
        with transaction.atomic():
            if form.reminder:
                return Status(201, services.save_reminder(user, given))
            return Status(201, services.save_watch(user, given))
    except services.WatchRefused as refused:
        raise HttpError(409, str(refused)) from refused


@router.get("/watches/{int:id}", response=reads(WatchOut))
def watch_detail(request: HttpRequest, id: Id) -> Watch:
    return _watch(request, id)


@router.patch("/watches/{int:id}", response=changes(WatchOut))
@writes
def watch_update(request: HttpRequest, id: Id, payload: WatchPatch) -> Watch:
    """Change which openings the watch tells about."""
    watch = _watch(request, id)
    data = check(FiltersForm(merged(watch, FILTERS, payload.dict(exclude_unset=True))))
    watch.keywords = data["keywords"]
    watch.locations = data["locations"]
    watch.remote = data["remote"]
    # A reminder-only watch has no board to send news from.
    watch.email_immediately = data["email_immediately"] and watch.board is not None
    watch.save(update_fields=FILTERS)
    return watch


@router.delete("/watches/{int:id}", response=changes(None, 204))
@writes
def watch_stop(request: HttpRequest, id: Id) -> Status:
    _watch(request, id).delete()
    return Status(204, None)


@router.get("/alerts", response=reads(list[AlertOut], found=False))
@paginate
def alert_list(request: HttpRequest, dismissed: bool = False) -> QuerySet[Alert]:
    """New openings at watched companies; `dismissed=true` lists the ones put away."""
    return _alerts(request).filter(dismissed_at__isnull=not dismissed)


@router.get("/alerts/{int:id}", response=reads(AlertOut))
def alert_detail(request: HttpRequest, id: Id) -> Alert:
    return owned_or_404(_alerts(request), user_of(request), pk=id)


@router.post("/alerts/{int:id}/dismiss", response=changes(AlertOut))
@writes
def alert_dismiss(request: HttpRequest, id: Id) -> Alert:
    alert = owned_or_404(_alerts(request), user_of(request), pk=id)
    services.dismiss(alert)
    alert.refresh_from_db()
    return alert


@router.post("/alerts/{int:id}/restore", response=changes(AlertOut))
@writes
def alert_restore(request: HttpRequest, id: Id) -> Alert:
    alert = owned_or_404(_alerts(request), user_of(request), pk=id)
    services.undismiss(alert)
    alert.refresh_from_db()
    return alert
