package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.handoutstudio.io.Problems;

/**
 * The personal details printed in the first page's details box. Each is optional: a blank
 * field is left off the page. They are printed on the handout only, never logged and never put
 * in PDF metadata or default file names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientDetails(String name, LocalDate date, String clinician, String clinicianRole, String nextAppointment) {

    public static final PatientDetails BLANK = new PatientDetails(null, null, null, null, null);
    static final int MAX_NAME = 100;
    static final int MAX_APPOINTMENT = 200;

    /** Lengths only: what the fields hold is never put into a message. */
    void validate(Problems problems) {
        problems.limit(name, "patient.name", MAX_NAME);
        problems.limit(clinician, "patient.clinician", MAX_NAME);
        problems.limit(clinicianRole, "patient.clinicianRole", MAX_NAME);
        problems.limit(nextAppointment, "patient.nextAppointment", MAX_APPOINTMENT);
    }

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
