"""Demonstration content: the two seed circulars and every record behind them.

`website.demo.loader` builds it; the other modules hold the data.
"""
