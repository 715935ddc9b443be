"""Demo data: a watch on Acme Analytics with one alert waiting.

The demo's board is a sample (never fetched), so trying Onward sends nothing anywhere.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.utils import timezone

from onward.pipeline.seed import Seed

from .models import Alert, Board, Posting, Watch
from .services import finish_watch_step

SAMPLE_TOKEN = "acme-analytics-sample"


def populate(user: User, seed: Seed) -> None:
    rejection = seed.rejections["acme"]
    now = timezone.now()
    board, _ = Board.objects.update_or_create(
        vendor="greenhouse",
        token=SAMPLE_TOKEN,
        defaults={
            "is_sample": True,
            "company_name": rejection.application.company.name,
            "status": Board.Status.OK,
            "baseline_at": now - dt.timedelta(days=1),
            "last_polled_at": now - dt.timedelta(hours=3),
            "last_ok_at": now - dt.timedelta(hours=3),
        },
    )
    watch = Watch.objects.create(
        user=user,
        company=rejection.application.company,
        board=board,
        rejection=rejection,
        careers_url=f"https://job-boards.greenhouse.io/{SAMPLE_TOKEN}",
        keywords=f"{rejection.application.role}, analytics",
        locations="London",
        remote=True,
        created_at=now - dt.timedelta(days=1),
    )
    finish_watch_step(rejection)
    posting, _ = Posting.objects.update_or_create(
        board=board,
        vendor_id="4410021",
        defaults={
            "title": "Senior Data Analyst, Product",
            "location": "London or remote (UK)",
            "remote": True,
            "department": "Data",
            "url": f"https://job-boards.greenhouse.io/{SAMPLE_TOKEN}/jobs/4410021",
            "posted_at": now - dt.timedelta(hours=5),
            "first_seen_at": now - dt.timedelta(hours=3),
            "last_seen_at": now - dt.timedelta(hours=3),
        },
    )
    Alert.objects.get_or_create(
        user=user,
        posting=posting,
        defaults={"watch": watch, "created_at": now - dt.timedelta(hours=3)},
    )
