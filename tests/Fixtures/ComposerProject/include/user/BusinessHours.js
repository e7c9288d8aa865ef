// User include: office hours of the fixture's contact centre (Composer copies include/user/*.js into every IPD).

var OFFICE_OPEN_HOUR = 8;
var OFFICE_CLOSE_HOUR = 18;

function isOfficeOpen(hour) {
    return hour >= OFFICE_OPEN_HOUR && hour < OFFICE_CLOSE_HOUR;
}
