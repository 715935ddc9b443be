"""Settings → API: personal access tokens, made and revoked by their owner."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.defaults import page_not_found

from onward.core.http import AuthedRequest
from onward.core.ownership import owned_or_404

from . import tokens
from .errors import NOT_FOUND
from .forms import TokenForm
from .models import AccessToken


@never_cache
def token_list(request: AuthedRequest) -> HttpResponse:
    """The user's tokens; a new one's secret is shown on this answer alone, never again."""
    form = TokenForm(request.POST if request.method == "POST" else None)
    new = None
    if request.method == "POST" and form.is_valid():
        new = tokens.create_token(
            request.user, form.cleaned_data["name"], read_only=form.cleaned_data["read_only"]
        )
        form = TokenForm()
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "new": new,
            "tokens": AccessToken.objects.filter(user=request.user),
        },
    )


@require_POST
def token_revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    token = owned_or_404(AccessToken, request.user, pk=pk)
    if tokens.revoke(token):
        messages.success(
            request, f"Revoked “{token.name}”. Scripts using it can no longer sign in."
        )
    else:
        messages.info(request, f"“{token.name}” was already revoked.")
    return redirect("api:tokens")


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The site's 404: an address under /api/ that matches no operation answers in the
    API's own JSON, so a script never has to read an HTML page; any other, the usual page."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": NOT_FOUND, "errors": []}, status=404)
    return page_not_found(request, exception)
