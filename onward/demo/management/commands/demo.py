from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from onward.demo.data import build_demo


class Command(BaseCommand):
    help = "Create (or reset) a demo account full of realistic data."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", default="demo@onward.local")
        parser.add_argument("--password", default="onward-demo")
        parser.add_argument("--name", default="Alex Morgan")

    def handle(self, *args: Any, email: str, password: str, name: str, **options: Any) -> None:
        user = build_demo(email, password, name)
        self.stdout.write(self.style.SUCCESS(f"Demo account ready: {user.email} / {password}"))
