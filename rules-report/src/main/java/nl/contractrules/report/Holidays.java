package nl.contractrules.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.contractrules.model.RuleFile;
import nl.contractrules.time.Calendars;

/** The holidays of a rule set's calendars (COMMON.HOL), to mark them on a timeline. */
public final class Holidays {
    private final Calendars calendars;

    private Holidays(Calendars calendars) {
        this.calendars = calendars;
    }

    /** The holidays of the bundled rules' calendars. */
    public static Holidays bundled() {
        return of(RuleFile.bundled());
    }

    /** The holidays of the calendars in a rule directory, or of the bundled rules when {@code directory} is null. */
    public static Holidays of(Path directory) {
        return directory == null ? bundled() : of(RuleFile.directory(directory));
    }

    static Holidays of(List<RuleFile> files) {
        return new Holidays(files.stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst()
                .map(f -> Calendars.parse(new String(f.content(), UTF_8))).orElse(Calendars.parse("")));
    }

    /** The id of a holiday set that names the date (e.g. {@code NL_COMMON}), if one does. */
    public Optional<String> on(LocalDate date) {
        return calendars.holidaySetIds().stream().filter(id -> calendars.holidays(id).isHoliday(date)).findFirst();
    }
}
