def site(request):
    """Expose the contrast preference, and any preview under way, to every template."""
    return {
        "high_contrast": request.COOKIES.get("contrast") == "high",
        "preview": getattr(request, "preview", None),
    }
