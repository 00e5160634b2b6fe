package io.talentplatform.web.shell;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times as the reader's browser writes them (its Accept-Language), from the ISO-8601 the API answers in.
 * Templates call it as {@code @dates}; the machine-readable value stays in the element's {@code datetime}.
 */
@Component("dates")
public class Dates {

    public String date(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            LocalDate date = iso.toString().length() > 10 ? LocalDate.ofInstant(Instant.parse(iso.toString()),
                    ZoneOffset.UTC) : LocalDate.parse(iso.toString());
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                    .format(date);
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    public String dateTime(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(LocaleContextHolder.getLocale()).withZone(ZoneOffset.UTC)
                    .format(Instant.parse(iso.toString()));
        } catch (DateTimeParseException e) {
            return date(iso);
        }
    }

    /** Days from an ISO date or instant to today (negative for the future). */
    public long daysAgo(Object iso, Object today) {
        if (iso == null) {
            return 0;
        }
        LocalDate date = iso.toString().length() > 10
                ? LocalDate.ofInstant(Instant.parse(iso.toString()), ZoneOffset.UTC) : LocalDate.parse(iso.toString());
        LocalDate now = today == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(today.toString());
        return ChronoUnit.DAYS.between(date, now);
    }
}
