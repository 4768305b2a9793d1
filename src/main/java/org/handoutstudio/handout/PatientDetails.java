package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The personal details printed in the first page's details box. Each is optional: a blank
 * field is left off the page. They are printed on the handout only, never logged and never put
 * in PDF metadata or default file names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientDetails(String name, LocalDate date, String clinician, String clinicianRole, String nextAppointment) {

    public static final PatientDetails BLANK = new PatientDetails(null, null, null, null, null);

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isBlank() {
        return blank(name) && date == null && blank(clinician) && blank(clinicianRole) && blank(nextAppointment);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Redacted form for toString(): records would otherwise print names into any log line. */
    @Override
    public String toString() {
        return "PatientDetails[redacted]";
    }
}
