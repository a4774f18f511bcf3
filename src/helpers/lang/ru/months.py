"""Russian month stems, January first: each covers the nominative and the genitive ("март", "марта")."""

MONTH_NAMES = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
               "ноябр", "декабр")
