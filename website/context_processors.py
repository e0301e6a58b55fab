def site(request):
    """Expose the contrast preference to every template."""
    return {"high_contrast": request.COOKIES.get("contrast") == "high"}
