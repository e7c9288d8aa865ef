// Helpers shared by the IPD and its workflows (Composer copies include/*.js next to src-gen).
var _my_prefix = '';

function isDefined(value) {
    return typeof value !== 'undefined' && value !== null;
}

function getUserData(ixnid, key, fallback) {
    var udata = _genesys.ixn.interactions[ixnid].udata;
    return isDefined(udata[key]) ? udata[key] : fallback;
}

function parseJson(text) {
    return eval('(' + text + ')');
}
