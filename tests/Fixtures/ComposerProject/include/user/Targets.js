// User include: routing targets of the fixture's contact centre.

var SALES_TARGETS = ['Sales_Group@Stat_Server.GA', 'Sales_Backup@Stat_Server.GA'];

function targetFor(segment) {
    return segment === 'gold' ? SALES_TARGETS[0] : SALES_TARGETS[1];
}
