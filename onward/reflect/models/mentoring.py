"""Migration 0001 names `onward.reflect.models.mentoring.cv_upload_to`; Django asks that a
function a migration names stays where the migration finds it."""

from ..mentoring.models import cv_upload_to

__all__ = ["cv_upload_to"]
